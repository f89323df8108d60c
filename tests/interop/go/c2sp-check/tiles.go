package main

// check-tiles DIR SIZE ROOT: the tiles and entry bundles of a tree of SIZE leaves with root ROOT, stored in DIR at
// their c2sp.org/tlog-tiles paths (tile/<L>/<N>[.p/<W>], tile/entries/<N>[.p/<W>]), are what golang.org/x/mod/sumdb/tlog
// makes of them: tlog.TileHashReader authenticates the tiles against the root, every hash of every tile is the one
// it serves (tlog.HashFromTile), every entry hashes (tlog.RecordHash) to its leaf, and the tlog.ProveRecord proofs of
// each bundle's first and last entries pass tlog.CheckRecord. x/mod's own tile paths have a height element and call entry bundles "data"; the C2SP
// paths are written here from the specification.

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/tlog"
)

const tileHeight = 8

type tileDir struct {
	dir   string
	cache map[string][]byte
}

func (d *tileDir) Height() int { return tileHeight }

func (d *tileDir) read(path string) ([]byte, error) {
	if data, ok := d.cache[path]; ok {
		return data, nil
	}
	data, err := os.ReadFile(filepath.Join(d.dir, filepath.FromSlash(path)))
	if err != nil {
		return nil, err
	}
	d.cache[path] = data
	return data, nil
}

func (d *tileDir) ReadTiles(tiles []tlog.Tile) ([][]byte, error) {
	var data [][]byte
	for _, t := range tiles {
		b, err := d.read(c2spPath(t))
		if err != nil {
			return nil, err
		}
		data = append(data, b)
	}
	return data, nil
}

func (d *tileDir) SaveTiles(tiles []tlog.Tile, data [][]byte) {}

// c2spPath: tile/<L>/<N>[.p/<W>], or tile/entries/… for x/mod's data tiles (L = -1); N in groups of three digits,
// all but the last prefixed with x.
func c2spPath(t tlog.Tile) string {
	level := strconv.Itoa(t.L)
	if t.L == -1 {
		level = "entries"
	}
	groups := []string{fmt.Sprintf("%03d", t.N%1000)}
	for n := t.N / 1000; n > 0; n /= 1000 {
		groups = append([]string{fmt.Sprintf("x%03d", n%1000)}, groups...)
	}
	path := "tile/" + level + "/" + strings.Join(groups, "/")
	if t.W != 1<<tileHeight {
		path += ".p/" + strconv.Itoa(t.W)
	}
	return path
}

func checkTiles(dir, sizeText, rootText string) (string, error) {
	size, err := number(sizeText)
	if err != nil {
		return "", err
	}
	root, err := hash(rootText)
	if err != nil {
		return "", err
	}
	tiles := &tileDir{dir: dir, cache: map[string][]byte{}}
	reader := tlog.TileHashReader(tlog.Tree{N: size, Hash: root}, tiles)
	treeHash, err := tlog.TreeHash(size, reader)
	if err != nil {
		return "", fmt.Errorf("tree hash from the tiles: %v", err)
	}
	if treeHash != root {
		return "", fmt.Errorf("the tiles give the root %v, not %v", treeHash, root)
	}

	// The tiles of the tree, each at its width in the tree (NewTiles from 0 lists every width of a partial tile).
	widest := map[[2]int64]tlog.Tile{}
	var order [][2]int64
	for _, t := range tlog.NewTiles(tileHeight, 0, size) {
		key := [2]int64{int64(t.L), t.N}
		if _, seen := widest[key]; !seen {
			order = append(order, key)
		}
		widest[key] = t
	}
	entries := 0
	for _, key := range order {
		t := widest[key]
		data, err := tiles.read(c2spPath(t))
		if err != nil {
			return "", err
		}
		if len(data) != t.W*tlog.HashSize {
			return "", fmt.Errorf("%s is %d bytes, not %d", c2spPath(t), len(data), t.W*tlog.HashSize)
		}
		indexes := make([]int64, t.W)
		for i := range indexes {
			indexes[i] = tlog.StoredHashIndex(t.L*tileHeight, t.N<<tileHeight+int64(i))
		}
		authentic, err := reader.ReadHashes(indexes)
		if err != nil {
			return "", fmt.Errorf("%s: %v", c2spPath(t), err)
		}
		for i, index := range indexes {
			h, err := tlog.HashFromTile(t, data, index)
			if err != nil {
				return "", err
			}
			if h != authentic[i] {
				return "", fmt.Errorf("hash %d of %s is %v, the tree's is %v", i, c2spPath(t), h, authentic[i])
			}
		}
		if t.L == 0 {
			n, err := checkEntryBundle(tiles, t, data, size, root, reader)
			if err != nil {
				return "", err
			}
			entries += n
		}
	}
	if int64(entries) != size {
		return "", fmt.Errorf("the entry bundles hold %d entries, the tree %d", entries, size)
	}
	return fmt.Sprintf("%d tiles and %d entries of a tree of %d", len(order), entries, size), nil
}

// checkEntryBundle: the bundle of level-0 tile t is its W entries, each a big-endian uint16 length then the entry,
// and each entry is its leaf, provably in the tree.
func checkEntryBundle(tiles *tileDir, t tlog.Tile, tile []byte, size int64, root tlog.Hash, reader tlog.HashReader) (int, error) {
	bundleTile := tlog.Tile{H: t.H, L: -1, N: t.N, W: t.W}
	path := c2spPath(bundleTile)
	bundle, err := tiles.read(path)
	if err != nil {
		return 0, err
	}
	count := 0
	for at := 0; at < len(bundle); count++ {
		if at+2 > len(bundle) {
			return 0, fmt.Errorf("%s: a length cut short at byte %d", path, at)
		}
		length := int(binary.BigEndian.Uint16(bundle[at:]))
		if at+2+length > len(bundle) {
			return 0, fmt.Errorf("%s: entry %d runs past the end", path, count)
		}
		entry := bundle[at+2 : at+2+length]
		at += 2 + length
		if count >= t.W {
			return 0, fmt.Errorf("%s holds more than %d entries", path, t.W)
		}
		leaf := t.N<<tileHeight + int64(count)
		want, err := tlog.HashFromTile(t, tile, tlog.StoredHashIndex(0, leaf))
		if err != nil {
			return 0, err
		}
		if tlog.RecordHash(entry) != want {
			return 0, fmt.Errorf("%s: entry %d does not hash to leaf %d of the tile", path, count, leaf)
		}
		// The tile's hashes are authenticated already; a proof of the bundle's first and last entries shows it end to end.
		if count == 0 || count == t.W-1 {
			proof, err := tlog.ProveRecord(size, leaf, reader)
			if err != nil {
				return 0, fmt.Errorf("leaf %d: %v", leaf, err)
			}
			if err := tlog.CheckRecord(proof, size, root, leaf, tlog.RecordHash(entry)); err != nil {
				return 0, fmt.Errorf("leaf %d: %v", leaf, err)
			}
		}
	}
	if count != t.W {
		return 0, fmt.Errorf("%s holds %d entries, not %d", path, count, t.W)
	}
	return count, nil
}
