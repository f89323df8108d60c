// c2sp-check is an outside implementation that the .NET tests run against the registry's C2SP formats: signed notes
// and their Ed25519 signatures are checked by golang.org/x/mod/sumdb/note, inclusion and consistency proofs by
// golang.org/x/mod/sumdb/tlog (Debian's golang-golang-x-mod-dev, built offline by tests/run.sh). It shares no code
// with the .NET library it checks; what it parses itself (the tlog-proof framing, the ECDSA key type) it parses from
// the C2SP specifications.
//
// Every subcommand prints one line: "ok …" and exits 0, or "failed: <reason>" and exits 1; bad arguments exit 2.
// Hashes and proof elements are standard base64.
//
//	verify-note VKEYS NOTE                 the note verifies with the vkeys (one a line) it has lines for
//	check-inclusion SIZE ROOT INDEX LEAF [PROOF…]     tlog.CheckRecord
//	check-consistency OLD_SIZE OLD_ROOT NEW_SIZE NEW_ROOT [PROOF…]     tlog.CheckTree
//	verify-tlog-proof VKEYS PROOF_FILE     a c2sp.org/tlog-proof@v1 file, its leaf hash from its extra data
//	check-tiles DIR SIZE ROOT              c2sp.org/tlog-tiles tiles and entry bundles in DIR (tiles.go)
//
// To add a check, add a case to the switch in main and a function beside the others.
package main

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

func main() {
	if len(os.Args) < 2 {
		usage("no subcommand")
	}
	args := os.Args[2:]
	var err error
	var ok string
	switch os.Args[1] {
	case "verify-note":
		need(args, 2)
		ok, err = verifyNote(args[0], args[1])
	case "check-inclusion":
		needAtLeast(args, 4)
		ok, err = checkInclusion(args[0], args[1], args[2], args[3], args[4:])
	case "check-consistency":
		needAtLeast(args, 4)
		ok, err = checkConsistency(args[0], args[1], args[2], args[3], args[4:])
	case "verify-tlog-proof":
		need(args, 2)
		ok, err = verifyTlogProof(args[0], args[1])
	case "check-tiles":
		need(args, 3)
		ok, err = checkTiles(args[0], args[1], args[2])
	default:
		usage("unknown subcommand " + os.Args[1])
	}
	if err != nil {
		fmt.Printf("failed: %v\n", err)
		os.Exit(1)
	}
	fmt.Println("ok " + ok)
}

func usage(why string) {
	fmt.Fprintln(os.Stderr, "c2sp-check: "+why)
	fmt.Fprintln(os.Stderr, "usage: c2sp-check verify-note VKEYS NOTE | check-inclusion SIZE ROOT INDEX LEAF [PROOF...] | "+
		"check-consistency OLD_SIZE OLD_ROOT NEW_SIZE NEW_ROOT [PROOF...] | verify-tlog-proof VKEYS PROOF_FILE | check-tiles DIR SIZE ROOT")
	os.Exit(2)
}

func need(args []string, n int) {
	if len(args) != n {
		usage(fmt.Sprintf("expected %d arguments, got %d", n, len(args)))
	}
}

func needAtLeast(args []string, n int) {
	if len(args) < n {
		usage(fmt.Sprintf("expected at least %d arguments, got %d", n, len(args)))
	}
}

// verifiers reads a file of vkeys, one a line. Ed25519 (type 0x01) keys are x/mod's own; ECDSA (type 0x02, as
// c2sp.org/signed-note defines it after transparency-dev/witness) is read here. Any other type is left out, so that
// x/mod treats its signature lines as from an unknown key, as the specification says a verifier must.
func verifiers(path string) (note.Verifiers, []string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var list []note.Verifier
	var names []string
	scanner := bufio.NewScanner(bytes.NewReader(data))
	for scanner.Scan() {
		vkey := strings.TrimSpace(scanner.Text())
		if vkey == "" {
			continue
		}
		parts := strings.SplitN(vkey, "+", 3)
		if len(parts) != 3 {
			return nil, nil, fmt.Errorf("vkey %q has not three parts", vkey)
		}
		material, err := base64.StdEncoding.DecodeString(parts[2])
		if err != nil || len(material) < 2 {
			return nil, nil, fmt.Errorf("vkey %q: bad key material", vkey)
		}
		var v note.Verifier
		switch material[0] {
		case 0x01:
			v, err = note.NewVerifier(vkey)
		case 0x02:
			v, err = newECDSAVerifier(parts[0], parts[1], material[1:])
		default:
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("vkey %q: %v", vkey, err)
		}
		list = append(list, v)
		names = append(names, fmt.Sprintf("%s+%08x", v.Name(), v.KeyHash()))
	}
	if len(list) == 0 {
		return nil, nil, errors.New("no Ed25519 or ECDSA vkey given")
	}
	return note.VerifierList(list...), names, nil
}

type ecdsaVerifier struct {
	name string
	hash uint32
	key  *ecdsa.PublicKey
}

func (v *ecdsaVerifier) Name() string    { return v.name }
func (v *ecdsaVerifier) KeyHash() uint32 { return v.hash }

// Verify: an ASN.1 DER ECDSA signature over SHA-256 of the note text.
func (v *ecdsaVerifier) Verify(msg, sig []byte) bool {
	digest := sha256.Sum256(msg)
	return ecdsa.VerifyASN1(v.key, digest[:], sig)
}

// newECDSAVerifier: the key id of type 0x02 is the first four bytes of SHA-256 of the DER SubjectPublicKeyInfo.
func newECDSAVerifier(name, hashHex string, spki []byte) (note.Verifier, error) {
	digest := sha256.Sum256(spki)
	hash := binary.BigEndian.Uint32(digest[:4])
	if fmt.Sprintf("%08x", hash) != hashHex {
		return nil, fmt.Errorf("key id %s is not SHA-256(SPKI)[:4] = %08x", hashHex, hash)
	}
	parsed, err := x509.ParsePKIXPublicKey(spki)
	if err != nil {
		return nil, err
	}
	key, ok := parsed.(*ecdsa.PublicKey)
	if !ok {
		return nil, fmt.Errorf("not an ECDSA public key: %T", parsed)
	}
	return &ecdsaVerifier{name: name, hash: hash, key: key}, nil
}

func verifyNote(vkeysPath, notePath string) (string, error) {
	known, _, err := verifiers(vkeysPath)
	if err != nil {
		return "", err
	}
	msg, err := os.ReadFile(notePath)
	if err != nil {
		return "", err
	}
	n, err := note.Open(msg, known)
	if err != nil {
		return "", err
	}
	var verified []string
	for _, s := range n.Sigs {
		verified = append(verified, fmt.Sprintf("%s+%08x", s.Name, s.Hash))
	}
	return "verified " + strings.Join(verified, " "), nil
}

func hash(text string) (tlog.Hash, error) {
	var h tlog.Hash
	b, err := base64.StdEncoding.DecodeString(text)
	if err != nil || len(b) != tlog.HashSize {
		return h, fmt.Errorf("%q is not a base64 SHA-256 hash", text)
	}
	copy(h[:], b)
	return h, nil
}

func hashes(texts []string) ([]tlog.Hash, error) {
	var list []tlog.Hash
	for _, t := range texts {
		h, err := hash(t)
		if err != nil {
			return nil, err
		}
		list = append(list, h)
	}
	return list, nil
}

func number(text string) (int64, error) {
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil || n < 0 || strconv.FormatInt(n, 10) != text {
		return 0, fmt.Errorf("%q is not a decimal number without leading zeroes", text)
	}
	return n, nil
}

func checkInclusion(sizeText, rootText, indexText, leafText string, proofTexts []string) (string, error) {
	size, err := number(sizeText)
	if err != nil {
		return "", err
	}
	index, err := number(indexText)
	if err != nil {
		return "", err
	}
	root, err := hash(rootText)
	if err != nil {
		return "", err
	}
	leaf, err := hash(leafText)
	if err != nil {
		return "", err
	}
	proof, err := hashes(proofTexts)
	if err != nil {
		return "", err
	}
	if err := tlog.CheckRecord(proof, size, root, index, leaf); err != nil {
		return "", err
	}
	return "included", nil
}

func checkConsistency(oldSizeText, oldRootText, newSizeText, newRootText string, proofTexts []string) (string, error) {
	oldSize, err := number(oldSizeText)
	if err != nil {
		return "", err
	}
	newSize, err := number(newSizeText)
	if err != nil {
		return "", err
	}
	oldRoot, err := hash(oldRootText)
	if err != nil {
		return "", err
	}
	newRoot, err := hash(newRootText)
	if err != nil {
		return "", err
	}
	proof, err := hashes(proofTexts)
	if err != nil {
		return "", err
	}
	if err := tlog.CheckTree(proof, newSize, newRoot, oldSize, oldRoot); err != nil {
		return "", err
	}
	return "consistent", nil
}

// verifyTlogProof reads a c2sp.org/tlog-proof@v1 file as the specification frames it: the header, an optional
// "extra" line, the "index" line, the inclusion proof (one hash a line), an empty line, then the checkpoint
// verbatim. The leaf is the extra data (the certificate's canonical bytes), hashed as RFC 6962 hashes a leaf; the
// checkpoint must be signed by a given key whose name is its origin line.
func verifyTlogProof(vkeysPath, proofPath string) (string, error) {
	known, _, err := verifiers(vkeysPath)
	if err != nil {
		return "", err
	}
	data, err := os.ReadFile(proofPath)
	if err != nil {
		return "", err
	}
	text := string(data)
	const header = "c2sp.org/tlog-proof@v1\n"
	if !strings.HasPrefix(text, header) {
		return "", errors.New("not a c2sp.org/tlog-proof@v1 file")
	}
	text = text[len(header):]
	split := strings.Index(text, "\n\n")
	if split < 0 {
		return "", errors.New("no empty line before the checkpoint")
	}
	lines := strings.Split(text[:split], "\n")
	checkpoint := []byte(text[split+2:])

	var extra []byte
	if strings.HasPrefix(lines[0], "extra ") {
		extra, err = base64.StdEncoding.DecodeString(strings.TrimPrefix(lines[0], "extra "))
		if err != nil {
			return "", fmt.Errorf("extra is not base64: %v", err)
		}
		lines = lines[1:]
	} else {
		return "", errors.New("no extra line: the registry's proofs carry the certificate there")
	}
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "index ") {
		return "", errors.New("no index line")
	}
	index, err := number(strings.TrimPrefix(lines[0], "index "))
	if err != nil {
		return "", err
	}
	proof, err := hashes(lines[1:])
	if err != nil {
		return "", err
	}

	n, err := note.Open(checkpoint, known)
	if err != nil {
		return "", fmt.Errorf("checkpoint: %v", err)
	}
	body := strings.SplitN(n.Text, "\n", 4)
	if len(body) < 4 {
		return "", errors.New("checkpoint has fewer than three lines")
	}
	origin := body[0]
	signedByLog := false
	for _, s := range n.Sigs {
		signedByLog = signedByLog || s.Name == origin
	}
	if !signedByLog {
		return "", fmt.Errorf("no verified signature by a key named for the origin %q", origin)
	}
	size, err := number(body[1])
	if err != nil {
		return "", err
	}
	root, err := hash(body[2])
	if err != nil {
		return "", err
	}
	if err := tlog.CheckRecord(proof, size, root, index, tlog.RecordHash(extra)); err != nil {
		return "", fmt.Errorf("inclusion: %v", err)
	}
	return "genuine", nil
}
