"""A device's libp2p peer id, computed without importing libp2p.

The peer id is the device's own Ed25519 key in libp2p's form (an identity multihash of
the protobuf-encoded public key, in base58), so the CLI's status can name it without
paying for the network stack's import.
"""

from __future__ import annotations

import base58

from ledger.store.ids import DeviceId

# protobuf PublicKey{Type: Ed25519 (1), Data: 32 bytes}, wrapped in an identity multihash
_ED25519_KEY_PREFIX = bytes([0x08, 0x01, 0x12, 0x20])
_IDENTITY_MULTIHASH = bytes([0x00, len(_ED25519_KEY_PREFIX) + 32])


def peer_id_of_device(device: DeviceId) -> str:
    """The base58 libp2p peer id ('12D3KooW…') of a device id (its Ed25519 key in hex)."""
    key = bytes.fromhex(device)
    if len(key) != 32:
        raise ValueError(f"a device id is a 32-byte Ed25519 key, not {len(key)} bytes")
    encoded: bytes = base58.b58encode(_IDENTITY_MULTIHASH + _ED25519_KEY_PREFIX + key)
    return encoded.decode("ascii")
