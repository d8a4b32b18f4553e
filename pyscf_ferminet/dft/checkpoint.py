"""Read DeepMind's published DM21 checkpoints without TensorFlow.

A checkpoint directory (one per functional) holds a TF1 TensorBundle:

- ``variables/variables.index``: a LevelDB-style sorted string table (SSTable). Its blocks (optionally
  snappy-compressed) map tensor names to ``BundleEntryProto`` protobuf messages (dtype, shape, shard,
  byte offset and size in the data file, crc32c).
- ``variables/variables.data-00000-of-00001``: the raw little-endian float32 values.

The parameters are published by DeepMind under CC BY 4.0 in the deepmind-research repository,
``density_functional_approximation_dm21/density_functional_approximation_dm21/checkpoints/``.
They are looked up (see :func:`checkpoint_dir`) as: an explicit path, else the environment variable
``PYSCF_FERMINET_DM21_PATH``, else the user cache that ``python -m pyscf_ferminet.dft.fetch`` fills
(:func:`cache_root`), else ``<checkout>/../shared/dm21`` beside a source checkout.
"""

import os
import struct

import numpy as np

ENV_VAR = 'PYSCF_FERMINET_DM21_PATH'
_FOOTER_SIZE = 48
_MAGIC = 0xdb4775248b80fb57
_TF_DTYPES = {1: np.float32, 2: np.float64, 3: np.int32, 9: np.int64}


class CheckpointNotFoundError(FileNotFoundError):
    """The DM21 parameter files are not where we looked."""


# --- a minimal protobuf wire-format decoder -------------------------------------------------------

def _varint(buf, pos):
    """Decode a base-128 varint at ``buf[pos]``; return (value, new position)."""
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7f) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def _proto_fields(buf):
    """Yield (field number, value) of a protobuf message; length-delimited values are bytes."""
    pos, end = 0, len(buf)
    while pos < end:
        key, pos = _varint(buf, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(buf, pos)
        elif wire == 1:
            value, pos = buf[pos:pos + 8], pos + 8
        elif wire == 2:
            size, pos = _varint(buf, pos)
            value, pos = buf[pos:pos + size], pos + size
        elif wire == 5:
            value, pos = buf[pos:pos + 4], pos + 4
        else:
            raise ValueError(f'unsupported protobuf wire type {wire}')
        yield field, value


def parse_bundle_entry(buf):
    """Decode a TensorBundle ``BundleEntryProto``.

    Returns:
        dict with dtype (numpy type), shape (tuple), shard_id, offset and size (bytes).
    """
    entry = {'dtype': None, 'shape': (), 'shard_id': 0, 'offset': 0, 'size': 0}
    for field, value in _proto_fields(buf):
        if field == 1:
            entry['dtype'] = _TF_DTYPES.get(value, value)
        elif field == 2:  # TensorShapeProto: repeated Dim dim = 2 {int64 size = 1}
            dims = []
            for f, dim in _proto_fields(value):
                if f == 2:
                    dims.append(dict(_proto_fields(dim)).get(1, 0))
            entry['shape'] = tuple(dims)
        elif field == 3:
            entry['shard_id'] = value
        elif field == 4:
            entry['offset'] = value
        elif field == 5:
            entry['size'] = value
    return entry


# --- the LevelDB-style table ----------------------------------------------------------------------

def _snappy_decompress(data):
    try:
        import cramjam
    except ImportError:
        try:
            import snappy
        except ImportError:
            raise ImportError("The DM21 checkpoints' index is snappy-compressed and no decoder is "
                              "installed: pip install 'pyscf_ferminet[dm21]' (cramjam).") from None
        return snappy.decompress(data)
    return bytes(cramjam.snappy.decompress_raw(data))


def _read_block(table, offset, size):
    """Return the contents of the block at ``offset`` (its 5-byte trailer holds type and crc)."""
    data = table[offset:offset + size]
    kind = table[offset + size]
    if kind == 1:
        return _snappy_decompress(data)
    if kind != 0:
        raise ValueError(f'unknown SSTable block compression {kind}')
    return data


def _block_entries(block):
    """Yield (key, value) of one block; keys share prefixes with their predecessor."""
    num_restarts = struct.unpack_from('<I', block, len(block) - 4)[0]
    end = len(block) - 4 - 4 * num_restarts
    pos, key = 0, b''
    while pos < end:
        shared, pos = _varint(block, pos)
        unshared, pos = _varint(block, pos)
        value_len, pos = _varint(block, pos)
        key = key[:shared] + block[pos:pos + unshared]
        pos += unshared
        yield key, block[pos:pos + value_len]
        pos += value_len


def read_table(path):
    """Read every (key, value) pair of a LevelDB-style SSTable file."""
    with open(path, 'rb') as f:
        table = f.read()
    footer = table[-_FOOTER_SIZE:]
    if struct.unpack('<Q', footer[-8:])[0] != _MAGIC:
        raise ValueError(f'{path} is not a TensorBundle index (bad table magic number)')
    _, pos = _varint(footer, 0)           # metaindex handle: offset, size (unused)
    _, pos = _varint(footer, pos)
    index_offset, pos = _varint(footer, pos)
    index_size, pos = _varint(footer, pos)
    entries = {}
    for _, handle in _block_entries(_read_block(table, index_offset, index_size)):
        offset, p = _varint(handle, 0)
        size, _ = _varint(handle, p)
        entries.update(_block_entries(_read_block(table, offset, size)))
    return entries


# --- locating and loading -------------------------------------------------------------------------

def cache_root():
    """``$XDG_CACHE_HOME/pyscf_ferminet/dm21`` (``~/.cache/pyscf_ferminet/dm21`` without the variable):
    where ``python -m pyscf_ferminet.dft.fetch`` puts the checkpoints."""
    cache = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
    return os.path.join(cache, 'pyscf_ferminet', 'dm21')


def checkout_root():
    """``<checkout>/../shared/dm21``, beside the source checkout holding this package (development)."""
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.join(os.path.dirname(repo), 'shared', 'dm21')


def _has_checkpoint(root, name):
    return any(os.path.isfile(os.path.join(cand, 'variables', 'variables.index'))
               for cand in (os.path.join(root, name), root))


def checkpoint_dir(name, path=None):
    """Directory holding ``variables/variables.index`` for functional ``name`` (e.g. 'DM21').

    Args:
        name: functional name, the subdirectory of the checkpoint root.
        path: the root holding DM21/, DM21m/, ... or a single functional's directory. Defaults to
            ``$PYSCF_FERMINET_DM21_PATH``, else `cache_root()` when it holds ``name``, else
            `checkout_root()`.

    Raises:
        CheckpointNotFoundError: the files are absent, with instructions to obtain them.
    """
    root = path or os.environ.get(ENV_VAR)
    if not root:
        root = cache_root() if _has_checkpoint(cache_root(), name) else checkout_root()
    candidates = [os.path.join(root, name), root]
    for cand in candidates:
        if os.path.isfile(os.path.join(cand, 'variables', 'variables.index')):
            return cand
    raise CheckpointNotFoundError(
        f'DM21 checkpoint for {name!r} not found (looked for {name}/variables/variables.index under '
        f'{root!r}). The parameters are published by DeepMind (CC BY 4.0) in the deepmind-research '
        'repository, density_functional_approximation_dm21/density_functional_approximation_dm21/'
        'checkpoints/<name>/. Run `python -m pyscf_ferminet.dft.fetch` to download and verify them '
        f'into {cache_root()}, where they are found by default; or pass a directory holding them '
        f'(NeuralNumInt(..., checkpoint_path=...)), or set the environment variable {ENV_VAR}.')


def load_variables(name, path=None):
    """Load all tensors of functional ``name``.

    Returns:
        dict mapping TF variable names (e.g. 'hub_wrapper/local_functional_v2/OutputLayer/linear/w')
        to numpy arrays in their stored dtype (float32).
    """
    directory = os.path.join(checkpoint_dir(name, path), 'variables')
    entries = read_table(os.path.join(directory, 'variables.index'))
    shards = {}
    variables = {}
    for key, value in entries.items():
        if not key:  # the empty key holds the BundleHeaderProto
            continue
        entry = parse_bundle_entry(value)
        shard = entry['shard_id']
        if shard not in shards:
            fname = [f for f in os.listdir(directory) if f.startswith(f'variables.data-{shard:05d}-')]
            if not fname:
                raise CheckpointNotFoundError(f'data shard {shard} missing in {directory}')
            with open(os.path.join(directory, fname[0]), 'rb') as f:
                shards[shard] = f.read()
        dtype = np.dtype(entry['dtype']).newbyteorder('<')
        raw = shards[shard][entry['offset']:entry['offset'] + entry['size']]
        variables[key.decode()] = np.frombuffer(raw, dtype=dtype).reshape(entry['shape']).copy()
    return variables
