// One automerge-repo peer of a full mesh, for bench/peers/compare.py --mesh. JSON lines on stdout.
//
//   node automerge_mesh.mjs base OUT
//     creates the shared starting document, writes its bytes to OUT, prints its id.
//   node automerge_mesh.mjs peer BASE DOC-ID RECORDS.jsonl PORT EXPECT [ws://HOST:PORT ...]
//     loads the shared document, adds its own records (one change each, see records.mjs)
//     offline, hands it to its repo, prints
//     "loaded"; on SIGUSR1 listens on PORT and dials every address given (the driver gives
//     each peer the peers before it, so every pair has one websocket), prints "synced"
//     once the document holds EXPECT records, and keeps serving until killed.
import { readFileSync, writeFileSync } from "node:fs";
import * as Automerge from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import {
  WebSocketClientAdapter,
  WebSocketServerAdapter,
} from "@automerge/automerge-repo-network-websocket";
import { WebSocketServer } from "ws";
import { KEEP_ALIVE_MS, readRecords, recordsDocument } from "./records.mjs";

function emit(event, fields = {}) {
  process.stdout.write(JSON.stringify({ event, t: Date.now() / 1000, ...fields }) + "\n");
}

function base(out) {
  const repo = new Repo({ network: [] });
  const handle = repo.create({ records: {} });
  writeFileSync(out, Automerge.save(handle.doc()));
  emit("base", { doc: handle.documentId });
  process.exit(0);
}

function peer(basePath, docId, recordsPath, port, expect, addresses) {
  const records = readRecords(recordsPath);
  const built = recordsDocument(records, new Uint8Array(readFileSync(basePath)));
  const repo = new Repo({ network: [], sharePolicy: async () => true });
  const handle = repo.import(built, { docId });
  const expected = Number(expect);
  const alive = setInterval(() => {}, 1 << 30); // a signal handler alone keeps no process up
  emit("loaded", { records: Object.keys(handle.doc().records).length });
  process.once("SIGUSR1", () => {
    const wss = new WebSocketServer({ host: "0.0.0.0", port: Number(port) });
    repo.networkSubsystem.addNetworkAdapter(new WebSocketServerAdapter(wss, KEEP_ALIVE_MS));
    for (const address of addresses) {
      repo.networkSubsystem.addNetworkAdapter(new WebSocketClientAdapter(address));
    }
    let said = false;
    const check = () => {
      const held = Object.keys(handle.doc().records).length;
      if (!said && held >= expected) {
        said = true;
        emit("synced", { records: held });
      }
    };
    handle.on("change", check);
    check();
  });
  process.once("SIGTERM", () => {
    clearInterval(alive);
    process.exit(0);
  });
}

const [role, ...args] = process.argv.slice(2);
if (role === "base" && args.length === 1) base(...args);
else if (role === "peer" && args.length >= 5) peer(...args.slice(0, 5), args.slice(5));
else {
  process.stderr.write("usage: automerge_mesh.mjs base OUT | peer BASE DOC RECORDS PORT EXPECT [ADDRESS...]\n");
  process.exit(2);
}
