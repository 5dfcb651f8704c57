/**
 * Matcher bytes for the IndexedDB cache: a magic word, a JSON header (table, trie scalars, section lengths),
 * then every typed array, each aligned to 4 bytes so that loading makes views instead of copies.
 */
import { startsOf, type Trie } from './trie';
import type { CompiledMatcher, MatcherTable } from './types';

// "BSM7": records side by side in one section, an edge table of any size and the cue-start table, which BSM6
// bytes lack; bytes of an older format are refused, and the caller compiles the matcher again.
const MAGIC = 0x42534d37; // "BSM7"

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array;
type Ctor = Uint8ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor | Int32ArrayConstructor;

interface Header {
  table: MatcherTable;
  width: number;
  flagShift: number;
  sections: { name: string; kind: 'u8' | 'u16' | 'u32' | 'i32'; length: number }[];
}

const CTORS: Record<Header['sections'][number]['kind'], Ctor> = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array };
const align = (n: number): number => (n + 3) & ~3;

function kindOf(a: Typed): Header['sections'][number]['kind'] {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Uint16Array) return 'u16';
  return a instanceof Uint32Array ? 'u32' : 'i32';
}

function sectionsOf(m: CompiledMatcher): Record<string, Typed> {
  const t = m.trie;
  return {
    symOf: t.symOf, root: t.root, pairs: t.pairs, pairEnds: t.pairEnds, jump: t.jump, grams: t.grams, node: t.node,
    edges: t.edges, patRec: m.patRec, multi: m.multi,
    recs: m.recs, recMask: m.recMask, masks: m.masks, cueStarts: m.cueStarts,
  };
}

export function serializeMatcher(m: CompiledMatcher): Uint8Array {
  const arrays = Object.entries(sectionsOf(m));
  const header: Header = { table: m.table, width: m.trie.width, flagShift: m.trie.flagShift, sections: arrays.map(([name, a]) => ({ name, kind: kindOf(a), length: a.length })) };
  const json = new TextEncoder().encode(JSON.stringify(header));
  let size = align(8 + json.length);
  const offsets = arrays.map(([, a]) => {
    const at = size;
    size = align(size + a.byteLength);
    return at;
  });
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  arrays.forEach(([, a], i) => bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offsets[i]!));
  return bytes;
}

function section(bytes: Uint8Array, Kind: Ctor, at: number, length: number): Typed {
  const byteOffset = bytes.byteOffset + at;
  if (byteOffset % Kind.BYTES_PER_ELEMENT === 0) return new Kind(bytes.buffer as ArrayBuffer, byteOffset, length);
  return new Kind(bytes.slice(at, at + length * Kind.BYTES_PER_ELEMENT).buffer);
}

export function deserializeMatcher(bytes: Uint8Array): CompiledMatcher {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a serialised Backstory matcher (or an older format)');
  const length = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  let at = align(8 + length);
  const a: Record<string, Typed> = {};
  for (const s of header.sections) {
    const Kind = CTORS[s.kind];
    a[s.name] = section(bytes, Kind, at, s.length);
    at = align(at + s.length * Kind.BYTES_PER_ELEMENT);
  }
  const get = <T extends Typed>(name: string): T => {
    const v = a[name];
    if (!v) throw new Error(`serialised matcher lacks section ${name}`);
    return v as T;
  };
  const [root, pairs, pairEnds, node] = [get<Int32Array>('root'), get<Int32Array>('pairs'), get<Uint8Array>('pairEnds'), get<Uint16Array | Uint32Array>('node')];
  const starts = startsOf(root, pairs, pairEnds, node, header.flagShift);
  const trie: Trie = {
    symOf: get('symOf'), width: header.width, root, pairs, pairEnds, starts, jump: get('jump'), grams: get('grams'), node,
    flagShift: header.flagShift, edges: get('edges'),
  };
  return {
    trie, patRec: get('patRec'), multi: get('multi'), recs: get('recs'), recMask: get('recMask'), masks: get('masks'),
    cueStarts: get('cueStarts'),
    table: header.table,
  };
}
