// Writes the RFC 8785 canonical form of a JSON file's value to stdout, as raw UTF-8 bytes,
// using the RFC's reference implementation (npm "canonicalize").
// Usage: node canonicalize.mjs FILE.json
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';

const value = JSON.parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(Buffer.from(canonicalize(value), 'utf8'));
