"""Per-walker gradients of log|psi| with dense layers in factored form (shared by KFAC and SPRING).

A dense layer `y = x @ p['w'] + p['b']` (a dict {'w': 2-d, 'b': 1-d optional} anywhere in the parameter
tree) applied to R rows (electrons or electron pairs) has the per-walker weight gradient
sum_r x_r (x) g_r, with g_r = d log|psi| / d y_r. Keeping (x, g) instead of the (d_in x d_out) gradient
is what makes KFAC's Kronecker factors and SPRING's factored Gram matrix cheap. A layer used several
times (each of k states' networks at k configurations) has the sum over uses, which is the same
formula over the uses' rows concatenated. The inputs and output
gradients are captured by handing log_abs a parameter tree whose dense weights are `_Tap` objects:
`x @ tap` records x and returns x @ w + e, and the gradient with respect to the zero offset e is g.

This is the parameter-tree contract every ansatz keeps (documented in `wavefunction.Ansatz`); a
weight that breaks it is formed explicitly and named by `explicit_weights` (the solver logs it).

Dict keys are walked in sorted order (as JAX flattens them), so the layer order is the same whether
the tree came from `init` or through jit.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp


def _is_dense(node) -> bool:
    return (isinstance(node, dict) and 'w' in node and set(node) <= {'w', 'b'}
            and getattr(node['w'], 'ndim', 0) == 2)


def dense_layers(tree) -> list:
    """The dense-layer dicts of the tree, in walk order."""
    if _is_dense(tree):
        return [tree]
    if isinstance(tree, dict):
        return [d for k in sorted(tree) for d in dense_layers(tree[k])]
    if isinstance(tree, (list, tuple)):
        return [d for v in tree for d in dense_layers(v)]
    return []


def explicit_weights(tree, path='params') -> list:
    """(path, shape) of every weight leaf named 'w' that is not part of a dense layer (a 'w' beside
    other keys than 'b', or not 2-d): the optimisers form its per-walker gradient explicitly."""
    if _is_dense(tree):
        return []
    if isinstance(tree, dict):
        out = []
        for k in sorted(tree):
            if k == 'w' and not isinstance(tree[k], (dict, list, tuple)):
                out.append((f'{path}[{k!r}]', tuple(tree[k].shape)))
            else:
                out.extend(explicit_weights(tree[k], f'{path}[{k!r}]'))
        return out
    if isinstance(tree, (list, tuple)):
        return [e for i, v in enumerate(tree) for e in explicit_weights(v, f'{path}[{i}]')]
    return []


def strip_dense(tree):
    """The tree with every dense layer replaced by None (an empty pytree node)."""
    if _is_dense(tree):
        return None
    if isinstance(tree, dict):
        return {k: strip_dense(tree[k]) for k in sorted(tree)}
    if isinstance(tree, (list, tuple)):
        return type(tree)(strip_dense(v) for v in tree)
    return tree


def fill(tree, layers):
    """Inverse of strip_dense: puts the next item of the iterator `layers` at each None."""
    if tree is None:
        return next(layers)
    if isinstance(tree, dict):
        return {k: fill(tree[k], layers) for k in sorted(tree)}
    if isinstance(tree, (list, tuple)):
        return type(tree)(fill(v, layers) for v in tree)
    return tree


class _Tap:
    """Stands in for a dense weight: `x @ tap` records x (and the output shape), returns x @ w + offset.

    A layer may be used several times (k states' networks evaluated at k configurations): every use
    is recorded in order and gets its own offset, offset[u] for the u-th use.
    """
    __array_priority__ = 1000   # numpy defers to __rmatmul__ too

    def __init__(self, w, offset, slot: dict):
        self.w, self.offset, self.slot = w, offset, slot
        self.shape, self.dtype, self.ndim = w.shape, w.dtype, w.ndim
        slot.setdefault('uses', [])

    def __rmatmul__(self, x):
        return self._record(x, x @ self.w)

    def shared_rmatmul(self, x, shared):
        """x @ w[:d] + shared @ w[d:] with shared (1, d_s) the same for every row of x. Records x and
        shared apart: the gradient of w[d:] is shared (x) (sum of the rows' output gradients), which
        the optimisers use without repeating the shared input on every row."""
        d = x.shape[-1]
        return self._record(x, x @ self.w[:d] + shared @ self.w[d:], shared)

    def _record(self, x, y, shared=None):
        """Keeps the layer input x (and the shared input) and the output's shape; returns y + offset."""
        uses = self.slot['uses']
        uses.append((x, shared, jax.ShapeDtypeStruct(y.shape, y.dtype)))
        offset = None if self.offset is None else self.offset[len(uses) - 1]
        return y if offset is None else y + offset

    def __matmul__(self, other):
        raise NotImplementedError('dense weights must be used as `x @ w`.')


def _merged_inputs(uses: list):
    """One layer's recorded uses -> (inputs, shared) as `tapped_gradients` returns them. A single use
    is kept as it is; several uses are one use with their rows concatenated (shared inputs repeated on
    their use's rows, since they differ between uses): the weight gradient sum_u sum_r x_ur (x) g_ur
    is the single-use formula over the concatenated rows."""
    if len(uses) == 1:
        return uses[0][0], uses[0][1]
    rows = []
    for x, shared, _ in uses:
        x = x.reshape(-1, x.shape[-1])
        if shared is not None:
            x = jnp.concatenate([x, jnp.broadcast_to(shared.reshape(1, -1), (x.shape[0], shared.size))],
                                axis=-1)
        rows.append(x)
    return jnp.concatenate(rows, axis=0), None


def _merged_gradients(g_uses: list):
    """Output gradients of a layer's uses, concatenated along rows like `_merged_inputs`."""
    if len(g_uses) == 1:
        return g_uses[0]
    return jnp.concatenate([g.reshape(-1, g.shape[-1]) for g in g_uses], axis=0)


def with_bias_column(a):
    return jnp.concatenate([a, jnp.ones(a.shape[:-1] + (1,), a.dtype)], axis=-1)


def layer_rows(layers: list, acts: list, g_out: list) -> list:
    """Per dense layer (abar (N, R, I), g (N, R, O), has_bias, shared): the per-row inputs, with a
    column of ones when the layer has a bias, the output gradients of `tapped_gradients`, their
    repeated axes flattened into R, and the shared input (N, I_s) or None. The weight gradient of walker
    n is [sum_r abar[n, r] (x) g[n, r]; shared[n] (x) sum_r g[n, r]] for the weight rows [w[:I]; w[I:]]
    (the bias, when present, is the last column of abar and pairs with b)."""
    rows = []
    for d, (a, shared), g in zip(layers, acts, g_out):
        n = a.shape[0]
        a = a.reshape(n, -1, a.shape[-1])
        if shared is not None:
            shared = shared.reshape(n, shared.shape[-1])
        rows.append((with_bias_column(a) if 'b' in d else a, g.reshape(n, -1, g.shape[-1]), 'b' in d,
                     shared))
    return rows


def full_rows(rows: list) -> list:
    """layer_rows with the shared input repeated on every row: (abar (N, R, I + I_s [+ 1]), g, has_bias),
    abar's columns in the order of the rows of [w; b]."""
    out = []
    for abar, g, bias, shared in rows:
        if shared is not None:
            x = abar[..., :-1] if bias else abar
            s = jnp.broadcast_to(shared[:, None, :], x.shape[:2] + shared.shape[-1:])
            abar = jnp.concatenate([x, s], axis=-1)
            abar = with_bias_column(abar) if bias else abar
        out.append((abar, g, bias))
    return out


def tapped_gradients(log_abs: Callable, params, x, atoms):
    """Per-walker gradients of log|psi|, with dense layers kept in factored form.

    Args:
        log_abs: (params, x (nelec * 3,), atoms) -> log|psi| for one walker.
        params: parameter tree; its dense layers {'w': 2-d, 'b': 1-d optional} are tapped.
        x: (nwalkers, nelec * 3) walkers.
        atoms: (natm, 3) nuclear positions.

    Returns:
        layers: the dense-layer dicts of params, in walk order;
        rest: params with every dense layer replaced by None;
        g_rest: per-walker gradients of `rest`'s leaves, each (nwalkers, *leaf shape);
        g_out: per layer, (nwalkers, *output shape) gradients with respect to the layer output;
        acts: per layer, (inputs (nwalkers, *input shape), shared): the layer inputs, and for a layer
            applied through `shared_rmatmul` the input shared by all rows (nwalkers, 1, d_s), else None.
    The gradient of a layer's weight for walker n is sum_r acts[n, r] (x) g_out[n, r] over the
    layer's repeated axes r (electrons or electron pairs), the shared input counted on every row.
    """
    layers = dense_layers(params)
    rest = strip_dense(params)

    def walker(r, offsets, xi):
        slots = [{} for _ in layers]
        taps = ({'w': _Tap(d['w'], o, s), **({'b': d['b']} if 'b' in d else {})}
                for d, o, s in zip(layers, offsets, slots))
        value = log_abs(fill(r, taps), xi, atoms)
        if any(not s['uses'] for s in slots):
            raise NotImplementedError('a dense layer of the parameters is not used by log_abs.')
        return value, ([_merged_inputs(s['uses']) for s in slots],
                       [[u[2] for u in s['uses']] for s in slots])

    # Output shapes of every use of the dense layers for one walker (trace-time only).
    _, (_, out_shapes) = jax.eval_shape(lambda xi: walker(rest, [None] * len(layers), xi), x[0])
    offsets = [[jnp.zeros(s.shape, s.dtype) for s in uses] for uses in out_shapes]

    def one(xi):
        grad_fn = jax.grad(lambda r, o: walker(r, o, xi), argnums=(0, 1), has_aux=True)
        (g_r, g_o), (a, _) = grad_fn(rest, offsets)
        return g_r, [_merged_gradients(g) for g in g_o], a

    g_rest, g_out, acts = jax.vmap(one)(x)
    return layers, rest, g_rest, g_out, acts
