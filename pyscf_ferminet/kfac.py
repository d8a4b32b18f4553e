"""KFAC (Martens and Grosse, 2015) for the FermiNet energy, written directly in JAX.

Same (init, update) interface as `optimize.make_optimizer`:
    state = init(params)
    params, state, info = update(params, state, x, atoms, local_energies, step)
and `update` is a pure function, traced inside the jitted VMC train step (no pmap axis names: the
walker means are plain `jnp.mean`s, so GSPMD handles walkers sharded over devices).

Why not kfac-jax's Optimizer: its state is built by tracing the loss on an example batch (graph
matching needs the walker shapes), but `init(params)` here receives only the parameters. The
Kronecker factors depend only on the parameter shapes, so this module builds them itself.

The curvature is the (uncentred) Fisher of log|psi|, F = E_w[d log|psi_w| d log|psi_w|^T] -- the
curvature kfac-jax assigns to `register_normal_predictive_distribution(log_psi[:, None])`:
  * every dense layer `y = x @ p['w'] + p['b']` (a dict {'w': 2-d, 'b': 1-d optional} anywhere in the
    parameter tree) gets a Kronecker block A (x) G with
        A = E_w[mean_r abar abar^T],  abar = (a, 1) the layer input (with 1 for the bias),
        G = E_w[sum_r g g^T],         g = d log|psi_w| / d y the output gradient,
    where r runs over the layer's repeated (electron / electron-pair) axes ("KFAC-expand");
  * every other parameter (envelopes, Jastrow) gets a diagonal block E_w[(d log|psi_w| / d theta)^2].
Layer inputs and output gradients are captured per walker by `taps.tapped_gradients`.

Each step: factors <- EMA (decay 0.95, debiased) with this batch's estimate; the gradient of
    L(theta) = mean_w(stop_grad(E_clip_w - mean E_clip) log|psi_w|)   (half the energy gradient)
is preconditioned with the damped blocks (factored Tikhonov damping with the pi-correction for the
Kronecker blocks: A + pi sqrt(lambda) I, G + sqrt(lambda) / pi I; D + lambda for the diagonal);
the step delta = -lr c F^-1 grad L with c = min(1, sqrt(max_norm / (lr^2 grad L . F^-1 grad L)))
(kfac-jax's norm constraint). No momentum, no L2.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp

from pyscf_ferminet.optimize import clip_local_energies, learning_rate
from pyscf_ferminet.taps import (dense_layers, fill, full_rows, layer_rows, strip_dense,
                                 tapped_gradients)
from pyscf_ferminet.settings import OptimSettings

CURVATURE_DECAY = 0.95


def _damped_chol(m, shift):
    m = 0.5 * (m + m.T) + shift * jnp.eye(m.shape[0], dtype=m.dtype)
    return jax.scipy.linalg.cho_factor(m)


def make_kfac(settings: OptimSettings, log_abs: Callable):
    """KFAC optimiser with the interface of `optimize.make_optimizer`.

    Args:
        settings: optimiser settings (lr, lr_delay, clip_width, damping, max_norm are used).
        log_abs: (params, x (nelec * 3,), atoms (natm, 3)) -> log|psi| for one walker.
    """
    tree_map = jax.tree_util.tree_map
    decay = CURVATURE_DECAY

    def init(params):
        layers = dense_layers(params)
        if not layers:
            raise ValueError('kfac: the parameters contain no dense layer {"w": 2-d, "b": 1-d}.')
        a_dims = [d['w'].shape[0] + ('b' in d) for d in layers]
        g_dims = [d['w'].shape[1] for d in layers]
        dtype = layers[0]['w'].dtype
        return {'A': [jnp.zeros((n, n), dtype) for n in a_dims],
                'G': [jnp.zeros((n, n), dtype) for n in g_dims],
                'D': tree_map(jnp.zeros_like, strip_dense(params)),
                'weight': jnp.zeros((), dtype)}

    def update(params, state, x, atoms, e_loc, step):
        n = x.shape[0]
        layers, rest, g_rest, g_out, acts = tapped_gradients(log_abs, params, x, atoms)

        e_clip = clip_local_energies(e_loc, settings.clip_width)
        c = jax.lax.stop_gradient(e_clip - jnp.mean(e_clip))          # (n,)

        # Gradient of L = mean(c log|psi|) and this batch's curvature blocks.
        grads_dense, a_new, g_new = [], [], []
        for d, (abar, g, _) in zip(layers, full_rows(layer_rows(layers, acts, g_out))):
            reps = abar.shape[1]
            gw = jnp.einsum('n,nri,nro->io', c, abar, g) / n
            grads_dense.append({'w': gw[:d['w'].shape[0]], **({'b': gw[-1]} if 'b' in d else {})})
            a_new.append(jnp.einsum('nri,nrj->ij', abar, abar) / (n * reps))
            g_new.append(jnp.einsum('nro,nrp->op', g, g) / n)
        grads_rest = tree_map(lambda j: jnp.einsum('n,n...->...', c, j) / n, g_rest)
        d_new = tree_map(lambda j: jnp.mean(j ** 2, axis=0), g_rest)

        ema = lambda old, new: decay * old + (1.0 - decay) * new
        state = {'A': [ema(o, m) for o, m in zip(state['A'], a_new)],
                 'G': [ema(o, m) for o, m in zip(state['G'], g_new)],
                 'D': tree_map(ema, state['D'], d_new),
                 'weight': ema(state['weight'], 1.0)}

        # Damped inverse blocks applied to the gradient.
        lam = settings.damping
        sqrt_lam = jnp.sqrt(jnp.asarray(lam, state['weight'].dtype))
        precon_dense = []
        for d, gd, a_f, g_f in zip(layers, grads_dense, state['A'], state['G']):
            a_f, g_f = a_f / state['weight'], g_f / state['weight']
            pi = jnp.sqrt((jnp.trace(a_f) / a_f.shape[0]) / (jnp.trace(g_f) / g_f.shape[0] + 1e-30))
            pi = jnp.clip(pi, 1e-6, 1e6)
            m = jnp.concatenate([gd['w'], gd['b'][None]], axis=0) if 'b' in d else gd['w']
            m = jax.scipy.linalg.cho_solve(_damped_chol(a_f, pi * sqrt_lam), m)
            m = jax.scipy.linalg.cho_solve(_damped_chol(g_f, sqrt_lam / pi), m.T).T
            precon_dense.append({'w': m[:d['w'].shape[0]], **({'b': m[-1]} if 'b' in d else {})})
        precon_rest = tree_map(lambda g, dg: g / (dg / state['weight'] + lam), grads_rest, state['D'])

        grads = fill(grads_rest, iter(grads_dense))
        precon = fill(precon_rest, iter(precon_dense))
        leaves = lambda t: jax.tree_util.tree_leaves(t)
        quad = sum(jnp.vdot(p, g) for p, g in zip(leaves(precon), leaves(grads)))

        lr = learning_rate(settings, step)
        coeff = jnp.minimum(1.0, jnp.sqrt(settings.max_norm / (lr ** 2 * quad + 1e-30)))
        scale = lr * coeff
        new_params = tree_map(lambda p, u: p - scale * u, params, precon)
        grad_norm = 2.0 * jnp.sqrt(sum(jnp.vdot(g, g) for g in leaves(grads)))   # energy gradient
        step_norm = scale * jnp.sqrt(sum(jnp.vdot(u, u) for u in leaves(precon)))
        return new_params, state, {'grad_norm': grad_norm, 'step_norm': step_norm}

    return init, update
