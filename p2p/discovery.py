"""LAN discovery: our own DNS-SD service `_lattice._tcp.local.` through zeroconf.

The TXT record says who we are (`peer`), which protocol we speak (`v`), and which
groups we hold — blinded: for a fresh random nonce `n`, each group contributes the
tag `blake2b(nonce, key=tag key)[:8]`, where the tag key is derived from the group's
genesis change (`group_tag_key`). A member of the group can recompute it; a stranger
sees only random-looking hex that changes with every nonce, padded with random decoys
so that not even the number of groups shows, and cannot test a PC for a group whose id
it knows. The instance name is random too (docs/network.md says what a stranger sees).

zeroconf runs its own asyncio loop in its own thread. Everything crossing between
that thread and trio goes through `_LoopBridge`, and nothing else touches the loop.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import logging
import secrets
from collections.abc import AsyncIterator, Collection, Coroutine, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import ifaddr
import trio
from zeroconf import IPVersion, ServiceInfo, ServiceStateChange, Zeroconf
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

log = logging.getLogger(__name__)

SERVICE_TYPE = "_lattice._tcp.local."
PROTOCOL_VERSION = "1"
TAG_BYTES = 8
_TAGS_PER_KEY = 14  # 14 tags of 16 hex digits plus commas fit one 255-byte TXT string
MAX_TAGS = 5 * _TAGS_PER_KEY
RESOLVE_TIMEOUT_MS = 3000
TAG_PERSON = b"lattice-mdns-tag"
_T = TypeVar("_T")
_K = TypeVar("_K", bound=str)


@dataclass(frozen=True, slots=True)
class PeerFound:
    """A peer announced itself (or changed its record); `addrs` are dialable multiaddrs."""

    peer_id: str
    addrs: tuple[str, ...]
    tags: frozenset[str]
    nonce: str
    version: str


@dataclass(frozen=True, slots=True)
class PeerLost:
    """A peer said goodbye or its record expired."""

    peer_id: str


DiscoveryEvent = PeerFound | PeerLost


def blind_tag(key: str, nonce: bytes) -> str:
    """The tag of one group for one nonce; `key` is hex (a tag key, or a group id)."""
    return hashlib.blake2b(nonce, key=bytes.fromhex(key)).digest()[:TAG_BYTES].hex()


def group_tag_key(genesis: bytes) -> str:
    """The key a group's announced tags are made with: derived from the bytes of its
    signed genesis change, which every member holds, not from its id, which a stranger
    may know (from an invite code, a log, a screenshot) and could then test PCs for."""
    return hashlib.blake2b(genesis, digest_size=32, person=TAG_PERSON).hexdigest()


def shared_groups(found: PeerFound, keys: Iterable[_K]) -> list[_K]:
    """Which of our tag keys the peer announced (the only way to read its tags)."""
    try:
        nonce = bytes.fromhex(found.nonce)
    except ValueError:
        return []
    return [k for k in dict.fromkeys(keys) if blind_tag(k, nonce) in found.tags]


def encode_txt(peer_id: str, nonce: bytes, keys: Collection[str]) -> dict[str, str]:
    """The TXT record: tags padded with random decoys to a multiple of 14 (one TXT
    string), so the record does not say how many groups this PC holds."""
    tags = [blind_tag(k, nonce) for k in dict.fromkeys(keys)][:MAX_TAGS]
    tags += [secrets.token_hex(TAG_BYTES) for _ in range(-len(tags) % _TAGS_PER_KEY)]
    tags = sorted(tags or [secrets.token_hex(TAG_BYTES) for _ in range(_TAGS_PER_KEY)])
    txt = {"peer": peer_id, "v": PROTOCOL_VERSION, "n": nonce.hex()}
    for i in range(0, len(tags), _TAGS_PER_KEY):
        key = "t" if i == 0 else f"t{i // _TAGS_PER_KEY}"
        txt[key] = ",".join(tags[i : i + _TAGS_PER_KEY])
    return txt


def parse_txt(props: dict[bytes, bytes | None]) -> tuple[str, str, str, frozenset[str]] | None:
    """(peer, version, nonce, tags) from a TXT record, or None if it is not well-formed."""
    try:
        text = {k.decode("ascii"): (v or b"").decode("ascii") for k, v in props.items()}
    except UnicodeDecodeError:
        return None
    peer, version, nonce = text.get("peer", ""), text.get("v", ""), text.get("n", "")
    if not (0 < len(peer) <= 64 and peer.isalnum() and version.isdigit()):
        return None
    if not (8 <= len(nonce) <= 64 and _is_hex(nonce)):
        return None
    tags: set[str] = set()
    for key, value in text.items():
        if key == "t" or (key.startswith("t") and key[1:].isdigit()):
            tags.update(t for t in value.split(",") if t)
    if len(tags) > MAX_TAGS or not all(len(t) == 2 * TAG_BYTES and _is_hex(t) for t in tags):
        return None
    return peer, version, nonce, frozenset(tags)


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def multiaddrs_for(addresses: Iterable[str], port: int) -> tuple[str, ...]:
    """Dialable TCP multiaddrs; link-local IPv6 is skipped (libp2p cannot dial a zone)."""
    out: list[str] = []
    for text in addresses:
        try:
            ip = ipaddress.ip_address(text.split("%")[0])
        except ValueError:
            continue
        if ip.is_loopback or ip.is_unspecified or ip.is_multicast:
            continue
        if ip.version == 4:
            out.append(f"/ip4/{ip}/tcp/{port}")
        elif not ip.is_link_local:
            out.append(f"/ip6/{ip}/tcp/{port}")
    return tuple(sorted(set(out), key=lambda a: (not a.startswith("/ip4"), a)))


def local_addresses(interface: str | None = None) -> list[str]:
    """This host's non-loopback IP addresses, of one named interface or of all."""
    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        if interface is not None and adapter.nice_name != interface:
            continue
        for ip in adapter.ips:
            text = ip.ip if isinstance(ip.ip, str) else ip.ip[0]
            addr = ipaddress.ip_address(text)
            if not (addr.is_loopback or (addr.version == 6 and addr.is_link_local)):
                found.append(str(addr))
    return found


async def address_change(interface: str | None, interval: float) -> None:
    """Return once this host's addresses differ from what they were at the call: a
    network plugged in or joined. zeroconf listens on the addresses it was opened with
    and, once its first queries are done, asks again only when records expire, so a
    LAN that appears later stays unseen until discovery is reopened on it."""
    before = sorted(await trio.to_thread.run_sync(local_addresses, interface))
    while True:
        await trio.sleep(interval)
        now = sorted(await trio.to_thread.run_sync(local_addresses, interface))
        if now != before:
            log.info("addresses changed from %s to %s", before, now)
            return


def zeroconf_interfaces(interface: str | None = None) -> tuple[list[str | int], IPVersion]:
    """Where zeroconf should listen: IPv4 addresses, and IPv6 interfaces (by index) other
    than loopback; IPv6 at all only when such an interface has an IPv6 address.

    zeroconf's own "all interfaces" includes IPv6 loopback (`::1`), where multicast has no
    route: each send logged a traceback ("Network is unreachable"), and on a host without
    IPv6 that was all of its IPv6.
    """
    v4: list[str] = []
    v6: list[int] = []
    for adapter in ifaddr.get_adapters():
        if interface is not None and adapter.nice_name != interface:
            continue
        for ip in adapter.ips:
            if isinstance(ip.ip, str):
                v4.append(ip.ip)
            elif adapter.index is not None and not _is_loopback(ip.ip[0]):
                v6.append(adapter.index)
    chosen: list[str | int] = [*dict.fromkeys(v4), *dict.fromkeys(v6)]
    return chosen or ["0.0.0.0"], IPVersion.All if v6 else IPVersion.V4Only


def _is_loopback(text: str) -> bool:
    try:
        return ipaddress.ip_address(text.split("%")[0]).is_loopback
    except ValueError:
        return True


class _LoopBridge:
    """The only crossing between trio and zeroconf's asyncio thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop, sink: trio.MemorySendChannel[Any]):
        self._loop = loop
        self._token = trio.lowlevel.current_trio_token()
        self._sink = sink

    async def call(self, coro: Coroutine[Any, Any, _T]) -> _T:
        """Run `coro` on zeroconf's loop and wait for it from trio (cancellable)."""
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        done = trio.Event()
        future.add_done_callback(lambda _: self._token.run_sync_soon(done.set))
        try:
            await done.wait()
        except trio.Cancelled:
            future.cancel()
            raise
        return future.result()

    def post(self, item: Any) -> None:
        """From zeroconf's thread: hand `item` to trio without ever blocking the loop."""
        try:
            self._token.run_sync_soon(self._deliver, item)
        except trio.RunFinishedError:
            pass

    def _deliver(self, item: Any) -> None:
        try:
            self._sink.send_nowait(item)
        except trio.WouldBlock:
            log.warning("discovery events are not being consumed; dropping one")
        except (trio.ClosedResourceError, trio.BrokenResourceError):
            pass


class Discovery:
    """Announce this peer and report others; use `async with Discovery(...).running():`."""

    def __init__(
        self,
        peer_id: str,
        port: int,
        groups: Collection[str] = (),
        *,
        interface: str | None = None,
        addresses: list[str] | None = None,
    ) -> None:
        self.peer_id = peer_id
        self.port = port
        self.interface = interface
        self._groups = list(groups)
        self._addresses = addresses
        self._instance = f"lattice-{secrets.token_hex(6)}"
        """Our DNS-SD instance and host name: random, so it names neither this PC nor
        its user, its peer id or its process."""
        self._names: dict[str, str] = {}  # service name -> peer id
        self._send, self.events = trio.open_memory_channel[DiscoveryEvent](1000)
        self._raw_send, self._raw_receive = trio.open_memory_channel[Any](1000)
        self._zc: AsyncZeroconf | None = None
        self._bridge: _LoopBridge | None = None
        self._info: ServiceInfo | None = None
        self._registered = False
        self._resolving: set[asyncio.Future[None]] = set()  # owned by zeroconf's loop

    @asynccontextmanager
    async def running(self) -> AsyncIterator[Discovery]:
        zc = await trio.to_thread.run_sync(self._open_zeroconf)
        assert zc.loop is not None
        self._zc = AsyncZeroconf(zc=zc)
        self._bridge = _LoopBridge(zc.loop, self._raw_send)
        try:
            async with trio.open_nursery() as nursery:
                nursery.start_soon(self._translate)
                announced = self._groups
                await self._bridge.call(self._async_start())
                self._registered = True
                if self._groups is not announced:  # groups changed while registering
                    await self._bridge.call(self._async_reannounce())
                log.info("announcing %s on %s", self.peer_id, self._info_addresses())
                try:
                    yield self
                finally:
                    nursery.cancel_scope.cancel()
        finally:
            with trio.CancelScope(shield=True), trio.move_on_after(5):
                await self._close(zc)
            self._send.close()

    async def update_groups(self, groups: Collection[str]) -> None:
        """Re-announce with tags for a new set of groups (and a fresh nonce).

        Before the name is registered the groups are only kept, announced once it is.
        """
        self._groups = list(groups)
        if self._bridge is not None and self._registered:
            await self._bridge.call(self._async_reannounce())

    def _open_zeroconf(self) -> Zeroconf:
        interfaces, version = zeroconf_interfaces(self.interface)
        return Zeroconf(interfaces=interfaces, ip_version=version, use_asyncio=False)

    def _info_addresses(self) -> list[str]:
        return self._addresses if self._addresses is not None else local_addresses(self.interface)

    def _make_info(self) -> ServiceInfo:
        nonce = secrets.token_bytes(16)
        return ServiceInfo(
            SERVICE_TYPE,
            f"{self._instance}.{SERVICE_TYPE}",
            port=self.port,
            properties=encode_txt(self.peer_id, nonce, self._groups),
            server=f"{self._instance}.local.",
            parsed_addresses=self._info_addresses(),
        )

    # -- on zeroconf's loop -------------------------------------------------------

    async def _async_start(self) -> None:
        assert self._zc is not None
        self._info = self._make_info()
        # No probing for a name conflict (a second and more at every start, before any
        # peer is found): the instance name is 48 random bits, new at each start, so no
        # other responder on the LAN holds it.
        await self._zc.async_register_service(self._info, cooperating_responders=True)
        AsyncServiceBrowser(self._zc.zeroconf, [SERVICE_TYPE], handlers=[self._on_change])

    async def _async_reannounce(self) -> None:
        assert self._zc is not None
        self._info = self._make_info()
        await self._zc.async_update_service(self._info)

    def _on_change(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        assert self._bridge is not None
        if state_change is ServiceStateChange.Removed:
            self._bridge.post((name, None))
        else:
            task = asyncio.ensure_future(self._async_resolve(zeroconf, service_type, name))
            self._resolving.add(task)
            task.add_done_callback(self._resolving.discard)

    async def _async_resolve(self, zeroconf: Zeroconf, service_type: str, name: str) -> None:
        assert self._bridge is not None
        info = AsyncServiceInfo(service_type, name)
        if await info.async_request(zeroconf, RESOLVE_TIMEOUT_MS):
            self._bridge.post((name, info))
        else:
            log.debug("could not resolve %s", name)

    # -- back in trio -----------------------------------------------------------

    async def _translate(self) -> None:
        async for name, info in self._raw_receive:
            event = self._event_for(name, info)
            if event is not None:
                await self._send.send(event)

    def _event_for(self, name: str, info: AsyncServiceInfo | None) -> DiscoveryEvent | None:
        if info is None:
            peer = self._names.pop(name, None)
            return PeerLost(peer) if peer else None
        parsed = parse_txt(info.properties)
        if parsed is None:
            log.info("ignoring malformed announcement %s", name)
            return None
        peer, version, nonce, tags = parsed
        if peer == self.peer_id or not info.port:
            return None
        self._names[name] = peer
        addrs = multiaddrs_for(info.parsed_scoped_addresses(IPVersion.All), info.port)
        return PeerFound(peer, addrs, tags, nonce, version)

    async def _close(self, zc: Zeroconf) -> None:
        """Say goodbye (unregister, so peers drop us at once), then stop zeroconf's thread."""
        if self._zc is not None and self._bridge is not None:
            try:
                await self._bridge.call(self._async_goodbye())
            except Exception as exc:
                log.warning("discovery goodbye failed: %s", exc)
        await trio.to_thread.run_sync(zc.close)

    async def _async_goodbye(self) -> None:
        assert self._zc is not None
        await self._zc.async_remove_all_service_listeners()
        if self._info is not None:
            await (await self._zc.async_unregister_service(self._info))
