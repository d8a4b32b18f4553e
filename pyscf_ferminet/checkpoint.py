"""Atomic, pickle-free checkpoints of VMC training state.

A checkpoint is a single ``.npz`` (zip of ``.npy``) file, readable with
``np.load(path, allow_pickle=False)``. Arrays are stored under their path in
the state, e.g. ``params/layers/0/w`` (``/`` and ``%`` inside dict keys are
percent-escaped). The member ``__pyscf_ferminet_meta__`` is a uint8 array
holding UTF-8 JSON: format tag and version, the container structure (dict key
order, list vs tuple), and all non-array values (Python int/float/str/bool/None).

Supported values in ``state`` (nested arbitrarily):

* ``dict`` with ``str`` keys, ``list``, ``tuple``: round-trip exactly.
* numpy/JAX arrays of any non-object dtype: restored as numpy arrays
  (numpy scalars such as ``np.float32(1)`` come back as numpy scalars).
  Typed JAX PRNG keys (``jax.random.key``) are stored via their key data and
  restored as typed keys; raw uint32 keys (``jax.random.PRNGKey``) are just
  arrays.
* Python ``int``, ``float``, ``str``, ``bool``, ``None``.
* Any other JAX pytree (e.g. optax states: NamedTuples, ``EmptyState``):
  stored as its flattened leaves ``name/0``, ``name/1``, ... The tree structure
  is NOT stored (that would need pickle); pass a template pytree with the same
  structure to `load` via ``templates`` to rebuild it.

Writes are atomic: the data go to a temporary file in the target directory,
which is fsync'ed and then ``os.replace``'d onto ``path``.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile

import jax
import numpy as np

__all__ = ['FORMAT_VERSION', 'save', 'load']

FORMAT_VERSION = 1
_FORMAT_TAG = 'pyscf_ferminet.checkpoint'
_META = '__pyscf_ferminet_meta__'
_SCALARS = (bool, int, float, str, type(None))


def _esc(key) -> str:
    if not isinstance(key, str):
        raise TypeError(f'checkpoint dict keys must be str, got {key!r}')
    return key.replace('%', '%25').replace('/', '%2F')


def _encode(x, name: str, arrays: dict) -> dict:
    """JSON node describing ``x``; arrays are added to ``arrays[name]``."""
    t = type(x)
    if t is dict:
        return {'t': 'd', 'items': [[k, _encode(v, f'{name}/{_esc(k)}', arrays)]
                                    for k, v in x.items()]}
    if t in (list, tuple):
        return {'t': 'l' if t is list else 't',
                'items': [_encode(v, f'{name}/{i}', arrays) for i, v in enumerate(x)]}
    if isinstance(x, (np.ndarray, np.generic, jax.Array)):  # before _SCALARS: np.float64 is a float
        node = {'t': 'a'}
        if isinstance(x, np.generic):
            node['scalar'] = True
        if jax.dtypes.issubdtype(x.dtype, jax.dtypes.prng_key):
            node['key_impl'] = str(jax.random.key_impl(x))
            x = jax.random.key_data(x)
        arr = np.asarray(x)
        if arr.dtype == object:
            raise TypeError(f'checkpoint entry {name!r}: object arrays are not supported')
        node['dtype'] = str(arr.dtype)
        arrays[name] = arr
        return node
    if isinstance(x, _SCALARS):
        return {'t': 'v', 'v': x}
    leaves, treedef = jax.tree_util.tree_flatten(x)
    if treedef.num_nodes == 1 and treedef.num_leaves == 1:  # x itself is a leaf
        raise TypeError(f'checkpoint entry {name!r}: unsupported type {t.__name__}')
    return {'t': 'p', 'treedef': str(treedef),
            'leaves': [_encode(v, f'{name}/{i}', arrays) for i, v in enumerate(leaves)]}


def _write_zip(f, arrays: dict) -> None:
    with zipfile.ZipFile(f, 'w', compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
        for name, arr in arrays.items():
            with zf.open(name + '.npy', 'w', force_zip64=True) as member:
                np.lib.format.write_array(member, arr, allow_pickle=False)


def save(path: str, state: dict) -> None:
    """Atomically write ``state`` to ``path`` (the file name is used verbatim).

    Args:
        path: Target file; an existing file is replaced only once the new one
            is completely written and synced.
        state: Dict with ``str`` keys of supported values (see module docs).

    Raises:
        TypeError: for unsupported value types, non-str dict keys or object
            arrays (nothing is written).
    """
    if type(state) is not dict:
        raise TypeError(f'checkpoint state must be a dict, got {type(state).__name__}')
    if _META in state:
        raise ValueError(f'{_META!r} is a reserved checkpoint key')
    arrays: dict = {}
    root = {'t': 'd', 'items': [[k, _encode(v, _esc(k), arrays)] for k, v in state.items()]}
    meta = json.dumps({'format': _FORMAT_TAG, 'version': FORMAT_VERSION, 'root': root})
    arrays[_META] = np.frombuffer(meta.encode('utf-8'), dtype=np.uint8)

    directory = os.path.dirname(os.path.abspath(path))
    tmp = tempfile.NamedTemporaryFile(dir=directory, prefix=os.path.basename(path) + '.',
                                      suffix='.tmp', delete=False)
    try:
        with tmp:
            _write_zip(tmp, arrays)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp.name, path)
    except BaseException:
        try:
            os.unlink(tmp.name)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable (best effort; not possible on all OSes)
        dfd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def _decode(node: dict, name: str, arrays: dict):
    t = node['t']
    if t == 'd':
        return {k: _decode(v, f'{name}/{_esc(k)}', arrays) for k, v in node['items']}
    if t in ('l', 't'):
        items = [_decode(v, f'{name}/{i}', arrays) for i, v in enumerate(node['items'])]
        return items if t == 'l' else tuple(items)
    if t == 'v':
        return node['v']
    if t == 'a':
        arr = arrays[name]
        if str(arr.dtype) != node['dtype']:  # e.g. bfloat16 stored as raw void bytes
            arr = arr.view(jax.numpy.dtype(node['dtype']))
        if 'key_impl' in node:
            return jax.random.wrap_key_data(arr, impl=node['key_impl'])
        return arr[()] if node.get('scalar') else arr
    if t == 'p':
        raise ValueError(f'checkpoint entry {name!r} is a JAX pytree ({node["treedef"]}); '
                         f'pass a template for it, e.g. load(path, templates={{...}})')
    raise ValueError(f'unknown node type {t!r}')


def _leaves(node: dict, name: str, arrays: dict) -> list:
    """Leaves of a stored value in `jax.tree_util` flattening order."""
    t = node['t']
    if t == 'd':  # jax flattens dicts in sorted key order
        items = dict(node['items'])
        return [leaf for k in sorted(items) for leaf in _leaves(items[k], f'{name}/{_esc(k)}', arrays)]
    if t in ('l', 't', 'p'):
        sub = node['items'] if t != 'p' else node['leaves']
        return [leaf for i, v in enumerate(sub) for leaf in _leaves(v, f'{name}/{i}', arrays)]
    if t == 'v' and node['v'] is None:
        return []
    return [_decode(node, name, arrays)]


def _restore(path, key: str, node: dict, template, arrays: dict):
    leaves = _leaves(node, _esc(key), arrays)
    tpaths, treedef = jax.tree_util.tree_flatten_with_path(template)
    bad = f'checkpoint {path!r} was written by a different network/optimizer configuration'
    if len(leaves) != len(tpaths):
        raise ValueError(f'{bad}: entry {key!r} has {len(leaves)} leaves, '
                         f'the template has {len(tpaths)}')
    diffs = [f'{key}{jax.tree_util.keystr(p)}: checkpoint {np.shape(s)} vs expected {np.shape(t)}'
             for (p, t), s in zip(tpaths, leaves) if np.shape(s) != np.shape(t)]
    if diffs:
        more = f' (and {len(diffs) - 5} more)' if len(diffs) > 5 else ''
        raise ValueError(f'{bad}: parameter shapes differ: ' + '; '.join(diffs[:5]) + more)
    return jax.tree_util.tree_unflatten(treedef, leaves)


def load(path: str, templates: dict | None = None, keys=None) -> dict:
    """Read a checkpoint written by `save`.

    Args:
        path: Checkpoint file.
        templates: Optional ``{key: pytree}`` for top-level entries. The stored
            leaves of such an entry are restored into the template's structure
            (leaves in ``jax.tree_util`` order) after checking that leaf counts
            and shapes agree. Required for entries saved as generic pytrees
            (e.g. optax states); optional, as a shape check, for dicts/lists.
            Template leaf values are ignored; ``None`` templates are skipped.
        keys: Optional top-level entries to read; the others, and their arrays,
            are not read (for example the small settings entry of a state,
            before its arrays).

    Returns:
        The state dict; arrays are host numpy arrays.

    Raises:
        FileNotFoundError: if ``path`` does not exist.
        ValueError: if ``path`` is not a pyscf_ferminet checkpoint (corrupt, HDF5
            e.g. a PySCF chkfile, newer format), a templated entry does not
            match its template, or a pytree entry lacks a template.
        KeyError: if ``templates`` names an entry missing from the checkpoint.
    """
    if not os.path.isfile(path):
        raise FileNotFoundError(f'checkpoint file {path!r} does not exist')
    with open(path, 'rb') as f:
        magic = f.read(8)
    if magic.startswith(b'\x89HDF'):
        raise ValueError(f'{path!r} is an HDF5 file (probably a PySCF chkfile), '
                         f'not a pyscf_ferminet checkpoint')
    try:
        with np.load(path, allow_pickle=False) as npz:
            meta = json.loads(npz[_META].tobytes().decode('utf-8'))
            if meta.get('format') != _FORMAT_TAG or not isinstance(meta.get('version'), int):
                raise ValueError('missing or bad format tag')
            # Arrays are stored under their entry's escaped key and a path below it: with `keys`,
            # only the selected entries' arrays are read from the file.
            wanted = None if keys is None else {_esc(k) for k in keys}
            arrays = {n: npz[n] for n in npz.files
                      if n != _META and (wanted is None or n.split('/', 1)[0] in wanted)}
    except Exception as e:  # noqa: BLE001 -- any failure here means "not a checkpoint"
        raise ValueError(f'{path!r} is not a pyscf_ferminet checkpoint (or is corrupted): '
                         f'{type(e).__name__}: {e}') from e
    if meta['version'] > FORMAT_VERSION:
        raise ValueError(f'{path!r} has checkpoint format version {meta["version"]}; this '
                         f'pyscf_ferminet reads up to version {FORMAT_VERSION}')
    templates = templates or {}
    nodes = dict(meta['root']['items'])
    if keys is not None:
        missing = [k for k in keys if k not in nodes]
        if missing:
            raise KeyError(f'checkpoint {path!r} has no entries {missing} (entries: {list(nodes)})')
        nodes = {k: nodes[k] for k in keys}
    for key in templates:
        if key not in nodes:
            raise KeyError(f'checkpoint {path!r} has no entry {key!r} '
                           f'(entries: {list(nodes)})')
    return {k: (_restore(path, k, node, templates[k], arrays)
                if templates.get(k) is not None
                else _decode(node, _esc(k), arrays))
            for k, node in nodes.items()}
