// An outside verifier of the timestamped ML-DSA-44 line (type 0x06 of c2sp.org/tlog-cosignature) on a checkpoint
// note, written from the C2SP specifications with @noble/post-quantum (pinned in package.json): it shares no code with
// the .NET library it checks.
// Usage: node verify-mldsa-checkpoint.mjs NOTE_FILE VKEY
// Prints "ok verified NAME+ID at TIMESTAMP" and exits 0, or "failed: <reason>" and exits 1.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';

const [notePath, vkey] = process.argv.slice(2);
const fail = (reason) => { console.log(`failed: ${reason}`); process.exit(1); };

// vkey = name+hex(key ID)+base64(0x06 || 1312-byte public key); key ID = SHA-256(name || 0x0A || 0x06 || key)[:4].
// The base64 may itself hold '+': only the first two separate the parts.
const [name, idHex] = vkey.split('+', 2);
const keyB64 = vkey.slice(name.length + idHex.length + 2);
const material = Buffer.from(keyB64, 'base64');
if (material[0] !== 0x06 || material.length !== 1 + 1312) fail('not an ML-DSA-44 vkey');
const publicKey = material.subarray(1);
const id = createHash('sha256').update(Buffer.concat([Buffer.from(name, 'utf8'), Buffer.from([0x0a, 0x06]), publicKey])).digest().subarray(0, 4);
if (id.toString('hex') !== idHex) fail('the key ID is not the hash of the key');

// The note: text, the last blank line, signature lines "— name base64(key ID || signature)".
const note = readFileSync(notePath, 'utf8');
const split = note.lastIndexOf('\n\n');
if (split < 0) fail('no blank line in the note');
const text = note.slice(0, split + 1);
const lines = note.slice(split + 2).split('\n').filter((l) => l !== '');
const [origin, size, rootB64] = text.split('\n');
const line = lines.map((l) => l.split(' ')).find(([dash, n, sig]) => dash === '\u2014' && n === name && Buffer.from(sig, 'base64').subarray(0, 4).equals(id));
if (!line) fail(`no line by ${name}+${idHex}`);
const signature = Buffer.from(line[2], 'base64').subarray(4);
if (signature.length !== 8 + 2420) fail(`the signature is ${signature.length} bytes, not a timestamp and 2420 bytes`);
const timestamp = signature.readBigUInt64BE(0);

// cosigned_message: "subtree/v1\n\0", name<1..255>, u64 timestamp, origin<1..255>, u64 start = 0, u64 end = size, hash[32].
const u64 = (n) => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n)); return b; };
const short = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([Buffer.from([b.length]), b]); };
const root = Buffer.from(rootB64, 'base64');
if (root.length !== 32) fail('the root hash is not 32 bytes');
const message = Buffer.concat([Buffer.from('subtree/v1\n\0', 'latin1'), short(name), u64(timestamp), short(origin), u64(0), u64(size), root]);
if (!ml_dsa44.verify(signature.subarray(8), message, publicKey)) fail('the ML-DSA-44 signature does not verify');
console.log(`ok verified ${name}+${idHex} at ${timestamp}`);
