// An outside verifier of certificate bundles, written from docs/ledger.md with Node's own crypto and
// RFC 8785's reference canonicalizer: it shares no code with the .NET library it checks.
// Usage: node verify-bundle.mjs BUNDLE.json PUBLIC_KEY_SPKI_BASE64
// Prints "genuine" and exits 0, or "failed: <reason>" and exits 1. ECDSA-P256-SHA256 only.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';

const [bundlePath, spkiBase64] = process.argv.slice(2);
const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));
const { signature, ...checkpoint } = bundle.checkpoint;

const sha256 = (...parts) => createHash('sha256').update(Buffer.concat(parts)).digest();
const fail = (reason) => { console.log(`failed: ${reason}`); process.exit(1); };

if (checkpoint.algorithm !== 'ECDSA-P256-SHA256') fail(`algorithm ${checkpoint.algorithm}`);

// Signature: ECDSA P-256 / SHA-256, DER, over the JCS of the checkpoint less its signature.
const spki = Buffer.from(spkiBase64, 'base64');
if (sha256(spki).toString('hex') !== checkpoint.keyId) fail('keyId is not the SHA-256 of the public key');
const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
const signed = Buffer.from(canonicalize(checkpoint), 'utf8');
if (!verify('sha256', signed, { key, dsaEncoding: 'der' }, Buffer.from(signature, 'base64'))) fail('signature');

// Inclusion: RFC 9162 §2.1.3.2 from HASH(0x00 || JCS(certificate)) to the checkpoint's root.
const leaf = sha256(Buffer.from([0]), Buffer.from(canonicalize(bundle.certificate), 'utf8'));
let fn = BigInt(bundle.leafIndex);
let sn = BigInt(checkpoint.treeSize) - 1n;
if (fn > sn) fail('leaf index outside the tree');
let r = leaf;
for (const p of bundle.inclusionProof.map((h) => Buffer.from(h, 'base64'))) {
  if (sn === 0n) fail('proof too long');
  if ((fn & 1n) === 1n || fn === sn) {
    r = sha256(Buffer.from([1]), p, r);
    while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
  } else {
    r = sha256(Buffer.from([1]), r, p);
  }
  fn >>= 1n; sn >>= 1n;
}
if (sn !== 0n) fail('proof too short');
if (!r.equals(Buffer.from(checkpoint.rootHash, 'base64'))) fail('inclusion proof does not reach the root');
console.log('genuine');
