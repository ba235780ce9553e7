// The records of bench/peers/compare.py as an automerge document: one change per record.
//
// The document is built on automerge's document core (the wasm `Automerge` object that
// `Automerge.getBackend` returns), one record and one `commit` per record. Building it with
// `Automerge.change` per record (or automerge-repo's `handle.change`) makes the same
// changes, but each one also rebuilds the JS view of the `records` map (a copy of all keys
// so far), so it costs O(N) per record: 6 ms a record at 10,000 here, hours at 100,000.
//
// Strings: LATTICE_AUTOMERGE_STRINGS=scalar (the default) stores them as scalar strings
// (`ImmutableString`), which automerge recommends for values no one edits letter by
// letter; =text makes each a collaborative text object, as `handle.change` does with a JS
// string (the figures before 2026-12-01 03:50 UTC were measured that way). Text is about
// 1.35x the saved bytes and 2.5x the sync bytes, and on the core it builds slowly here
// (70 s for 10,000 records against 3.5 s scalar; not looked into).
import { readFileSync } from "node:fs";
import * as Automerge from "@automerge/automerge";

/**
 * How long a websocket server waits for a client's pong before it drops the client (the
 * adapter's `keepAliveInterval`; its default is 5 s). A peer applying a sync message of
 * 1,000 changes on this shared 2-core machine can block its event loop for over 5 s, so
 * with the default the server terminated busy but healthy peers mid-sync; automerge-repo
 * 2.5.6 then throws "Websocket not ready" from inside a DocHandle update (automerge-repo
 * issue #297, fixed by PR #627 after 2.5.6) and that document is left "outdated": every
 * later sync message fails and the peer never converges. 60 s keeps the keep-alive (a dead
 * peer is still dropped) without dropping live ones.
 */
export const KEEP_ALIVE_MS = 60_000;

/** The records of a JSON-lines file: [{key, record}], the fields named in "bytes" as bytes. */
export function readRecords(path) {
  const lines = readFileSync(path, "utf8").split("\n").filter((l) => l);
  return lines.map((line) => {
    const { key, record, bytes } = JSON.parse(line);
    for (const field of bytes) record[field] = new Uint8Array(Buffer.from(record[field], "hex"));
    return { key, record };
  });
}

/**
 * The saved bytes of a document holding `records` under its `records` map, one change each.
 * `base` (saved bytes) is the document to add them to; without it, a new document whose
 * first change makes the empty map.
 */
export function recordsDocument(records, base) {
  const core = Automerge.getBackend(Automerge.init());
  let map;
  if (base) {
    core.loadIncremental(base);
    const found = core.getWithType("_root", "records");
    if (!found || found[0] !== "map") throw new Error("the base document has no records map");
    map = found[1];
  } else {
    map = core.putObject("_root", "records", {});
    core.commit();
  }
  const scalar = strings() === "scalar";
  for (const { key, record } of records) {
    if (scalar) core.putObject(map, key, record);
    else putText(core, map, key, record);
    core.commit();
  }
  return core.save();
}

/** How strings go in: "scalar" or "text" (as `handle.change` makes them). */
export function strings() {
  const chosen = process.env.LATTICE_AUTOMERGE_STRINGS || "scalar";
  if (chosen !== "text" && chosen !== "scalar") {
    throw new Error(`LATTICE_AUTOMERGE_STRINGS must be text or scalar, not ${chosen}`);
  }
  return chosen;
}

/** `value` under `prop`, its strings as text objects and its whole numbers as integers,
 * as automerge's `change` proxy writes a JS value. */
function putText(core, obj, prop, value) {
  if (typeof value === "string") core.putObject(obj, prop, value);
  else if (typeof value === "number") core.put(obj, prop, value, Number.isInteger(value) ? "int" : "f64");
  else if (value === null || typeof value !== "object" || value instanceof Uint8Array) {
    core.put(obj, prop, value);
  } else if (Array.isArray(value)) {
    const list = core.putObject(obj, prop, []);
    value.forEach((item, i) => {
      core.insert(list, i, null);
      putText(core, list, i, item);
    });
  } else {
    const child = core.putObject(obj, prop, {});
    for (const [k, v] of Object.entries(value)) putText(core, child, k, v);
  }
}
