"""Tests for pyscf_ferminet.checkpoint."""

import os

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest

from pyscf_ferminet import checkpoint


def _params():
    return {'layers': [{'w': jnp.ones((3, 4)), 'b': jnp.zeros(4)},
                       {'w': jnp.ones((4, 2)), 'b': jnp.zeros(2)}],
            'envelope': {'pi': jnp.full((2,), 0.5)}}


def _assert_same(a, b):
    assert type(a) is type(b), (a, b)
    if isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            _assert_same(a[k], b[k])
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            _assert_same(x, y)
    elif isinstance(a, np.ndarray):
        assert a.dtype == b.dtype and a.shape == b.shape
        np.testing.assert_array_equal(a, b)
    else:
        assert a == b


def test_round_trip_nested(tmp_path):
    path = str(tmp_path / 'lih.chk')
    state = {
        'params': {'a/b': np.arange(6, dtype=np.float32).reshape(2, 3),
                   'x64': np.linspace(0, 1, 5), '100%': np.array([1, -2], np.int64)},
        'key': np.array([0, 42], dtype=np.uint32),
        'mask': np.array([True, False]),
        'step': 17, 'lr': 1e-3, 'name': 'LiH', 'done': False, 'nothing': None,
        'energies': [-8.0, -8.01, {'e': np.float64(-8.02)}],
        'pair': (1, 'two', [3.0]),
        'empty': {}, 'empty_list': [],
    }
    checkpoint.save(path, state)
    assert os.path.exists(path) and os.listdir(tmp_path) == ['lih.chk']  # name kept verbatim
    out = checkpoint.load(path)
    _assert_same({k: v for k, v in state.items() if k != 'energies'},
                 {k: v for k, v in out.items() if k != 'energies'})
    assert out['energies'][:2] == [-8.0, -8.01]
    e = out['energies'][2]['e']
    assert isinstance(e, np.float64) and e == -8.02
    # No pickle anywhere; arrays stored under readable path names.
    with np.load(path, allow_pickle=False) as npz:
        assert 'params/a%2Fb' in npz.files and 'key' in npz.files
        assert npz['key'].dtype == np.uint32


def test_jax_arrays_and_typed_key(tmp_path):
    path = str(tmp_path / 'c.chk')
    key = jax.random.key(3)
    checkpoint.save(path, {'p': _params(), 'key': key})
    out = checkpoint.load(path)
    np.testing.assert_array_equal(out['p']['layers'][1]['w'], np.ones((4, 2)))
    assert isinstance(out['p']['layers'], list)
    np.testing.assert_array_equal(jax.random.key_data(out['key']), jax.random.key_data(key))
    assert jax.random.key_impl(out['key']) == jax.random.key_impl(key)


def test_optax_pytree_with_template(tmp_path):
    path = str(tmp_path / 'opt.chk')
    params = _params()
    opt = optax.adam(1e-3)
    opt_state = opt.init(params)
    grads = jax.tree_util.tree_map(lambda x: 0.1 * jnp.ones_like(x), params)
    _, opt_state = opt.update(grads, opt_state, params)
    checkpoint.save(path, {'params': params, 'opt_state': opt_state, 'step': 1})

    with pytest.raises(ValueError, match='template'):
        checkpoint.load(path)   # pytree entries need a template
    tmpl = opt.init(params)
    out = checkpoint.load(path, templates={'opt_state': tmpl, 'params': params})
    assert jax.tree_util.tree_structure(out['opt_state']) == jax.tree_util.tree_structure(opt_state)
    for a, b in zip(jax.tree_util.tree_leaves(out['opt_state']),
                    jax.tree_util.tree_leaves(opt_state)):
        np.testing.assert_array_equal(a, b)
    assert int(out['opt_state'][0].count) == 1
    # The restored state is usable by optax.
    opt.update(grads, out['opt_state'], out['params'])
    # One entry alone, without the templates the others need.
    assert checkpoint.load(path, keys=('step',)) == {'step': 1}
    only = checkpoint.load(path, keys=('params',))
    assert list(only) == ['params']
    for a, b in zip(jax.tree_util.tree_leaves(only['params']), jax.tree_util.tree_leaves(params)):
        np.testing.assert_array_equal(a, b)
    with pytest.raises(KeyError, match='nope'):
        checkpoint.load(path, keys=('step', 'nope'))


def test_shape_mismatch(tmp_path):
    path = str(tmp_path / 'm.chk')
    params = _params()
    checkpoint.save(path, {'params': params, 'opt_state': optax.adam(1e-3).init(params)})
    bigger = _params()
    bigger['layers'][0]['w'] = jnp.ones((3, 5))
    with pytest.raises(ValueError, match='different network/optimizer.*shapes differ'):
        checkpoint.load(path, templates={'params': bigger})
    with pytest.raises(ValueError, match='different network/optimizer.*leaves'):
        checkpoint.load(path, templates={'params': {'w': jnp.ones(1)}})
    with pytest.raises(ValueError, match='shapes differ'):
        checkpoint.load(path, templates={'opt_state': optax.adam(1e-3).init(bigger),
                                         'params': params})
    with pytest.raises(KeyError):
        checkpoint.load(path, templates={'nope': params})


def test_atomic_on_failure(tmp_path, monkeypatch):
    path = str(tmp_path / 'a.chk')
    checkpoint.save(path, {'step': 1})
    before = open(path, 'rb').read()

    def boom(src, dst):
        raise OSError('disk on fire')
    monkeypatch.setattr(os, 'replace', boom)
    with pytest.raises(OSError, match='disk on fire'):
        checkpoint.save(path, {'step': 2, 'x': np.ones(10)})
    monkeypatch.undo()
    assert open(path, 'rb').read() == before
    assert os.listdir(tmp_path) == ['a.chk']
    assert checkpoint.load(path) == {'step': 1}
    # Unsupported types fail before anything is written.
    with pytest.raises(TypeError):
        checkpoint.save(path, {'bad': object()})
    assert os.listdir(tmp_path) == ['a.chk'] and checkpoint.load(path) == {'step': 1}


def test_bad_files(tmp_path):
    with pytest.raises(FileNotFoundError, match='does not exist'):
        checkpoint.load(str(tmp_path / 'missing.chk'))
    junk = tmp_path / 'junk.chk'
    junk.write_bytes(b'this is not a checkpoint at all')
    with pytest.raises(ValueError, match='not a pyscf_ferminet checkpoint'):
        checkpoint.load(str(junk))
    good = tmp_path / 'good.chk'
    checkpoint.save(str(good), {'x': np.ones(100)})
    trunc = tmp_path / 'trunc.chk'
    trunc.write_bytes(good.read_bytes()[:300])
    with pytest.raises(ValueError, match='not a pyscf_ferminet checkpoint'):
        checkpoint.load(str(trunc))
    plain = tmp_path / 'plain.npz'
    with open(plain, 'wb') as f:
        np.savez(f, x=np.ones(3))
    with pytest.raises(ValueError, match='not a pyscf_ferminet checkpoint'):
        checkpoint.load(str(plain))
    h5 = tmp_path / 'lih.chk.h5'
    h5.write_bytes(b'\x89HDF\r\n\x1a\n' + b'\0' * 100)
    with pytest.raises(ValueError, match='HDF5'):
        checkpoint.load(str(h5))
    assert checkpoint.FORMAT_VERSION == 1
