// The records of bench/peers/compare.py as an automerge document: one change per record.
//
// The document is built on automerge's document core (the wasm `Automerge` object that
// `Automerge.getBackend` returns), one `putObject` and one `commit` per record. Building it
// with `Automerge.change` per record (or automerge-repo's `handle.change`) is the same set
// of changes, but each one also rebuilds the JS view of the `records` map (a copy of all
// keys so far), so it costs O(N) per record: 6 ms a record at 10,000 here, hours at 100,000.
// Strings go in as automerge scalar strings (`ImmutableString`), as automerge recommends
// for values nobody edits character by character; `Automerge.change` would make each one a
// collaborative text object.
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
  for (const { key, record } of records) {
    core.putObject(map, key, record);
    core.commit();
  }
  return core.save();
}
