"""Dense layers and layer norm as plain functions over dicts of arrays.

A dense layer is a dict {'w': (d_in, d_out), 'b': (d_out,) optional} applied once as `x @ w + b`: the
natural-gradient optimisers recognise such dicts and keep their Jacobian factored (`taps.py`).
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np


def linear_init(key, n_in: int, n_out: int, dtype, bias: bool = True) -> dict:
    """Weights N(0, 1 / n_in), bias N(0, 1) (the reference FermiNet's initialisation)."""
    kw, kb = jax.random.split(key)
    p = {'w': jax.random.normal(kw, (n_in, n_out), dtype) / float(np.sqrt(n_in))}
    if bias:
        p['b'] = jax.random.normal(kb, (n_out,), dtype)
    return p


def linear(p: dict, x: jnp.ndarray) -> jnp.ndarray:
    y = x @ p['w']
    return y + p['b'] if 'b' in p else y


def linear_shared(p: dict, x: jnp.ndarray, shared: jnp.ndarray) -> jnp.ndarray:
    """linear(p, [x, shared broadcast over rows]) without repeating the shared rows' work.

    x: (n, d) per-row inputs; shared: (1, d_s) the same for every row. The weight's first d rows act
    on x, the rest on shared, so the cost is n d O + d_s O instead of n (d + d_s) O. A weight that
    records its input (taps._Tap, for KFAC/SPRING) provides `shared_rmatmul`.
    """
    w = p['w']
    if hasattr(w, 'shared_rmatmul'):
        y = w.shared_rmatmul(x, shared)
    else:
        y = x @ w[:x.shape[-1]] + shared @ w[x.shape[-1]:]
    return y + p['b'] if 'b' in p else y


def layer_norm_init(d: int, dtype) -> dict:
    """Unit scale, zero offset: the normalised features unchanged at the start."""
    return {'scale': jnp.ones((d,), dtype), 'offset': jnp.zeros((d,), dtype)}


def layer_norm(p: dict, h: jnp.ndarray, eps: float = 1e-5) -> jnp.ndarray:
    """Each row of h (n, d) centred and scaled to unit variance, then p['scale'] h + p['offset']."""
    centred = h - jnp.mean(h, axis=-1, keepdims=True)
    var = jnp.mean(centred ** 2, axis=-1, keepdims=True)
    return centred * jax.lax.rsqrt(var + eps) * p['scale'] + p['offset']
