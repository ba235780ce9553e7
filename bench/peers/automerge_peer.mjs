// One automerge-repo peer for bench/peers/compare.py, speaking JSON lines on stdout.
//
//   node automerge_peer.mjs server RECORDS.jsonl PORT
//     builds one document holding every record (one change per record, see records.mjs; the
//     fields named in a line's "bytes" go in as bytes, not hex), hands it to the repo, listens
//     on PORT
//     (websocket), prints {"event":"loaded","url":...}, serves until killed.
//   node automerge_peer.mjs client ws://HOST:PORT DOC-URL COUNT
//     prints {"event":"loaded"}, waits for SIGUSR1 (so only the network part is timed),
//     fetches the document and prints {"event":"synced"} once it holds COUNT records; runs
//     until killed.
// Every line carries `t`, the wall-clock time in seconds, as tests/multihost/node.py does.
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

function server(recordsPath, port) {
  const built = recordsDocument(readRecords(recordsPath));
  const wss = new WebSocketServer({ host: "0.0.0.0", port: Number(port) });
  const repo = new Repo({
    network: [new WebSocketServerAdapter(wss, KEEP_ALIVE_MS)],
    peerId: "server",
    sharePolicy: async () => true,
  });
  const handle = repo.import(built);
  wss.on("listening", () => {});
  emit("loaded", { url: handle.url, records: Object.keys(handle.doc().records).length });
}

// Runs automerge's sync path once on two local documents, so that compiling its wasm code
// (lazily, on first call) is not counted as network time: Lattice's peer, likewise, has
// imported and loaded everything before it says "loaded".
function warmUp() {
  let source = Automerge.change(Automerge.init(), (doc) => {
    doc.records = { warm: { amount: 1 } };
  });
  source = Automerge.change(source, (doc) => {
    doc.records.up = { amount: 2 };
  });
  let target = Automerge.init();
  let [sourceState, targetState] = [Automerge.initSyncState(), Automerge.initSyncState()];
  for (let i = 0; i < 4; i++) {
    let message;
    [targetState, message] = Automerge.generateSyncMessage(target, targetState);
    if (message) [source, sourceState] = Automerge.receiveSyncMessage(source, sourceState, message);
    [sourceState, message] = Automerge.generateSyncMessage(source, sourceState);
    if (message) [target, targetState] = Automerge.receiveSyncMessage(target, targetState, message);
  }
  if (Object.keys(target.records).length !== 2) throw new Error("automerge warm-up did not sync");
}

function client(address, url, count) {
  const expected = Number(count);
  warmUp();
  const alive = setInterval(() => {}, 1 << 30); // a signal handler alone keeps no process up
  emit("loaded");
  process.once("SIGUSR1", async () => {
    clearInterval(alive);
    const repo = new Repo({
      network: [new WebSocketClientAdapter(address)],
      peerId: "client",
      sharePolicy: async () => true,
    });
    const handle = await repo.find(url);
    const done = () => {
      const doc = handle.doc();
      const held = doc && doc.records ? Object.keys(doc.records).length : 0;
      if (held >= expected) {
        handle.off("change", done);
        emit("synced", { records: held }); // stays up (the driver reads its CPU time, then stops it)
      }
    };
    handle.on("change", done);
    done();
  });
}

const [role, ...args] = process.argv.slice(2);
if (role === "server" && args.length === 2) server(...args);
else if (role === "client" && args.length === 3) client(...args);
else {
  process.stderr.write("usage: automerge_peer.mjs server RECORDS PORT | client ADDRESS URL COUNT\n");
  process.exit(2);
}
