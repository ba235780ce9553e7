// A group relay that Lattice did not build: js-libp2p's Circuit Relay v2 server over TCP,
// noise and yamux, as an existing, maintained implementation. Used by test_js_relay.py.
//
//   node js_relay.mjs PORT
// prints one JSON line {"event":"ready","peer":<peer id>,"addrs":[...]} once it listens,
// then {"event":"reservation"|"circuit", ...} lines as peers use it; stops on SIGTERM.
import { noise } from "@chainsafe/libp2p-noise";
import { yamux } from "@chainsafe/libp2p-yamux";
import { circuitRelayServer } from "@libp2p/circuit-relay-v2";
import { identify } from "@libp2p/identify";
import { tcp } from "@libp2p/tcp";
import { createLibp2p } from "libp2p";

// js-libp2p's helpers call Promise.withResolvers (Node 22); Debian's Node is older.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

function emit(event, fields = {}) {
  process.stdout.write(JSON.stringify({ event, t: Date.now() / 1000, ...fields }) + "\n");
}

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write("usage: js_relay.mjs PORT\n");
  process.exit(2);
}

const node = await createLibp2p({
  addresses: { listen: [`/ip4/0.0.0.0/tcp/${port}`] },
  transports: [tcp()],
  connectionEncrypters: [noise()],
  streamMuxers: [yamux()],
  services: {
    identify: identify(),
    relay: circuitRelayServer({ reservations: { maxReservations: 16 } }),
  },
});
node.services.relay.addEventListener("relay:reservation", (e) =>
  emit("reservation", { peer: e.detail.relayAddr ? String(e.detail.relayAddr) : undefined }),
);
node.services.relay.addEventListener("relay:advert:error", (e) =>
  emit("advert-error", { error: String(e.detail) }),
);
node.addEventListener("peer:connect", (e) => emit("connect", { peer: e.detail.toString() }));
emit("ready", {
  peer: node.peerId.toString(),
  addrs: node.getMultiaddrs().map((a) => a.toString()),
});
process.once("SIGTERM", async () => {
  await node.stop();
  process.exit(0);
});
