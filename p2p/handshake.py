"""The start of a sync session: `Hello` (protocol version, nonce, blinded groups) and
`Auth` (invite proofs) both ways, and which groups the two PCs then share.

Only groups the peer's device may receive are named (blinded by the peer's nonce), so a
stranger cannot even confirm that this PC holds a group whose id it knows; an invite
holder proves its invite over the other side's fresh nonce and both device keys.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from ledger.store.ids import DeviceId, GroupId
from p2p import messages as m
from p2p.discovery import blind_tag
from p2p.guard import PROTOCOL_STRIKE
from p2p.session_state import SessionEnded, SyncStore, invite_message


@dataclass(frozen=True)
class Greeting:
    """What the handshake settled."""

    common: list[GroupId]
    """Groups both PCs hold and may share with each other."""
    invite_groups: set[GroupId]
    """Groups the peer proved an invite for."""
    their_nonce: bytes
    their_tags: set[str]
    """The peer's `Hello`: the groups it named, blinded with its nonce."""


async def greet(
    store: SyncStore,
    *,
    send: Callable[[m.Message], Awaitable[None]],
    send_quietly: Callable[[m.Message], Awaitable[None]],
    receive: Callable[[], Awaitable[m.Message]],
    my_device: DeviceId,
    device: DeviceId,
    invites: Sequence[SigningKey],
    punish: Callable[[str, int], Awaitable[bool]],
) -> Greeting:
    """Exchange `Hello` and `Auth` with the peer's `device`; raises `SessionEnded` when it
    speaks another protocol version (after a parting `Bye` through `send_quietly`),
    `ProtocolError` when it sends something else."""
    nonce = secrets.token_bytes(m.NONCE_BYTES)
    groups = [g for g in store.group_ids() if store.may_receive(g, device)]
    tags = tuple(blind_tag(g, nonce) for g in groups)
    await send(m.Hello(m.PROTOCOL_VERSION, nonce, tags))
    hello = await receive()
    if not isinstance(hello, m.Hello):
        raise m.ProtocolError("expected hello")
    if hello.version != m.PROTOCOL_VERSION:
        await send_quietly(m.Bye(f"protocol version {m.PROTOCOL_VERSION} only"))
        raise SessionEnded(f"peer speaks protocol version {hello.version}")
    challenge = invite_message(hello.nonce, my_device, device)
    proofs = tuple((bytes(k.verify_key), k.sign(challenge).signature) for k in invites)
    await send(m.Auth(proofs))
    auth = await receive()
    if not isinstance(auth, m.Auth):
        raise m.ProtocolError("expected auth")
    invite_groups: set[GroupId] = set()
    for key, signature in auth.invites:
        try:
            VerifyKey(key).verify(invite_message(nonce, device, my_device), signature)
        except (BadSignatureError, ValueError):
            await punish("bad invite proof", PROTOCOL_STRIKE)
            continue
        group = store.group_for_invite(key)
        if group is not None:
            invite_groups.add(group)
    theirs = set(hello.tags)
    common = [g for g in groups if blind_tag(g, hello.nonce) in theirs]
    return Greeting(common, invite_groups, hello.nonce, theirs)
