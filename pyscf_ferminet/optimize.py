"""Parameter updates from local energies: clipping, the learning-rate schedule, SPRING/MinSR and Adam.

Every optimiser here is an (init, update) pair in the optax manner:
    state = init(params)
    params, state, info = update(params, state, x, atoms, local_energies, step)
where x are the walkers (nwalkers, nelec * 3) the energies were measured on and atoms (natm, 3) the
nuclear positions, bohr.

SPRING (Goldshmiedt et al., 2024) solves the natural-gradient (stochastic-reconfiguration) equations in
the nwalkers x nwalkers space of the centred log-derivatives O (MinSR, Chen and Heyl, 2024) and
regularises each step toward the previous direction (momentum mu):
    phi_t = mu phi_{t-1} + O^T (O O^T + lambda I + 11^T / N)^-1 (eps - mu O phi_{t-1}),
with O_{w,p} = (d log|psi_w| / d theta_p - mean_w) / sqrt(N) and eps_w = -(E_w - mean E) / sqrt(N).
It needs no graph matching. The Jacobian is kept factored for dense layers (FactoredJacobian), so the
Gram matrix O O^T costs N^2 R^2 (I + O) per (I x O) layer applied to R electrons instead of N^2 I O.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp
import optax

from pyscf_ferminet.settings import OptimSettings
from pyscf_ferminet.taps import dense_layers, fill, layer_rows, strip_dense, tapped_gradients


def clip_local_energies(e_loc: jnp.ndarray, width: float) -> jnp.ndarray:
    """Clips local energies to median +- width x mean absolute deviation from the median."""
    centre = jnp.median(e_loc)
    mad = jnp.mean(jnp.abs(e_loc - centre))
    return jnp.clip(e_loc, centre - width * mad, centre + width * mad)


def learning_rate(s: OptimSettings, step):
    return s.lr / (1.0 + step / s.lr_delay)


def energy_gradient(log_abs_batch: Callable, params, x, e_clip):
    """Gradient of the energy: 2 < (E_L - <E_L>) d log|psi| / d theta > with clipped E_L."""
    centred = jax.lax.stop_gradient(e_clip - jnp.mean(e_clip))
    return jax.grad(lambda p: 2.0 * jnp.mean(centred * log_abs_batch(p, x)))(params)


def make_optimizer(settings: OptimSettings, log_abs: Callable):
    """Builds the optimiser named by settings.name.

    Args:
        settings: optimiser settings.
        log_abs: (params, x (nelec * 3,), atoms (natm, 3)) -> log|psi| for one walker.
    """
    if settings.name == 'kfac':
        from pyscf_ferminet.kfac import make_kfac
        return make_kfac(settings, log_abs)
    log_abs_batch = jax.vmap(log_abs, in_axes=(None, 0, None))

    if settings.name == 'adam':
        tx = optax.adam(1.0)

        def init(params):
            return tx.init(params)

        def update(params, state, x, atoms, e_loc, step):
            e_clip = clip_local_energies(e_loc, settings.clip_width)
            grad = energy_gradient(lambda p, y: log_abs_batch(p, y, atoms), params, x, e_clip)
            direction, state = tx.update(grad, state, params)
            norm = optax.tree.norm(direction)
            lr = learning_rate(settings, step)
            scale = lr * jnp.minimum(1.0, settings.max_norm / (lr * norm + 1e-30))
            params = jax.tree_util.tree_map(lambda p, d: p - scale * d, params, direction)
            return params, state, {'grad_norm': optax.tree.norm(grad), 'step_norm': scale * norm}

        return init, update

    momentum = settings.momentum if settings.name == 'spring' else 0.0
    tree_map = jax.tree_util.tree_map

    def init(params):
        return {'phi': tree_map(jnp.zeros_like, params)}

    def update(params, state, x, atoms, e_loc, step):
        n = x.shape[0]
        jac = FactoredJacobian(log_abs, params, x, atoms)
        # O = C J / sqrt(N) with C = I - 11^T / N the centring over walkers.
        centre = lambda w: w - jnp.mean(w)
        o_dot = lambda v: centre(jac.dot(v)) / jnp.sqrt(n)
        o_t = lambda w: jac.transpose_dot(centre(w) / jnp.sqrt(n))
        e_clip = clip_local_energies(e_loc, settings.clip_width)
        eps = -centre(e_clip) / jnp.sqrt(n)                                   # (N,)
        phi_prev = tree_map(lambda v: momentum * v, state['phi'])
        k = jac.gram()
        k = k - jnp.mean(k, axis=0, keepdims=True)
        k = k - jnp.mean(k, axis=1, keepdims=True)
        oot = k / n                                                           # O O^T
        gram = oot + settings.damping * jnp.eye(n, dtype=eps.dtype) + 1.0 / n
        o_phi_prev = o_dot(phi_prev)
        # LU, not Cholesky: inside the jitted step XLA's CPU Cholesky measured 2x slower than LU here.
        z = jnp.linalg.solve(gram, eps - o_phi_prev)
        phi = tree_map(jnp.add, phi_prev, o_t(z))
        lr = learning_rate(settings, step)
        # Norm constraint in the Fisher metric: ||O d||^2 <= max_norm for the step d = lr phi. Both
        # norms below come from the Gram matrix (O phi = O phi_prev + O O^T z, |O^T eps|^2 =
        # eps^T O O^T eps), not from more passes over the Jacobian.
        fisher_norm = jnp.linalg.norm(o_phi_prev + oot @ z) * lr
        scale = lr * jnp.minimum(1.0, jnp.sqrt(settings.max_norm) / (fisher_norm + 1e-30))
        new_params = tree_map(lambda p, d: p + scale * d, params, phi)
        grad_norm = jnp.sqrt(jnp.maximum(eps @ oot @ eps, 0.0))
        return new_params, {'phi': phi}, {'grad_norm': grad_norm,
                                          'step_norm': scale * optax.tree.norm(phi)}

    return init, update


class FactoredJacobian:
    """The per-walker Jacobian J_{n,p} = d log|psi(x_n)| / d theta_p, never formed for dense layers.

    A dense layer applied to R rows has J_n = sum_r a_nr (x) g_nr (taps.tapped_gradients), so
        (J v)_n    = sum_r a_nr^T V g_nr                       cost N R I O
        J^T w      = sum_{n,r} w_n a_nr (x) g_nr               cost N R I O
        (J J^T)_nm = sum_{r,s} (a_nr . a_ms) (g_nr . g_ms)     cost N^2 R^2 (I + O)
    for an (I x O) weight, against N^2 I O for the Gram block of the explicit Jacobian. Layers where
    the explicit block is cheaper (electron-pair layers: R = nelec^2, small I and O) use it. The
    one-electron layers' weight rows acting on the spin means, an input s_n shared by all rows, have
    J_n = s_n (x) G_n with G_n = sum_r g_nr, so they cost N I_s O and N^2 (I_s + O) with no R or R^2
    (for the default network these are 512 of the 833 input rows). Every other parameter (envelopes,
    Jastrow) has its explicit (N, P) block.
    """

    def __init__(self, log_abs: Callable, params, x, atoms):
        self.n = x.shape[0]
        layers, _, self.g_rest, g_out, acts = tapped_gradients(log_abs, params, x, atoms)
        self.dense = layer_rows(layers, acts, g_out)

    @staticmethod
    def _split(d, abar, bias):
        """The rows of [w; b] paired with abar, and those paired with the shared input."""
        ni = abar.shape[-1] - bias
        w = jnp.concatenate([d['w'][:ni], d['b'][None]], axis=0) if bias else d['w'][:ni]
        return w, d['w'][ni:]

    def dot(self, v) -> jnp.ndarray:
        """J v, (N,), for v a tree shaped like the parameters."""
        v_dense, v_rest = dense_layers(v), strip_dense(v)
        out = 0.0
        for (a, g, bias, shared), d in zip(self.dense, v_dense):
            w, w_shared = self._split(d, a, bias)
            out = out + jnp.einsum('nro,nro->n', a @ w, g)
            if shared is not None:
                out = out + jnp.einsum('no,no->n', shared @ w_shared, jnp.sum(g, axis=1))
        for j, leaf in zip(jax.tree_util.tree_leaves(self.g_rest), jax.tree_util.tree_leaves(v_rest)):
            out = out + j.reshape(self.n, -1) @ leaf.reshape(-1)
        return out

    def transpose_dot(self, w: jnp.ndarray):
        """J^T w, a tree shaped like the parameters, for w (N,)."""
        dense = []
        for a, g, bias, shared in self.dense:
            m = jnp.einsum('nri,nro->io', a * w[:, None, None], g)
            m, b = (m[:-1], m[-1]) if bias else (m, None)
            if shared is not None:
                m = jnp.concatenate([m, jnp.einsum('ni,no->io', shared * w[:, None], jnp.sum(g, axis=1))])
            dense.append({'w': m, 'b': b} if bias else {'w': m})
        rest = jax.tree_util.tree_map(lambda j: jnp.tensordot(w, j, axes=1), self.g_rest)
        return fill(rest, iter(dense))

    def gram(self) -> jnp.ndarray:
        """J J^T, (N, N)."""
        n = self.n
        k = 0.0
        for a, g, _, shared in self.dense:
            r, i, o = a.shape[1], a.shape[2], g.shape[2]
            if r * r * (i + o) < i * o:
                k = k + _symmetric_blocks(
                    lambda u, v: jnp.sum(jnp.einsum('nri,msi->nrms', a[u], a[v])
                                         * jnp.einsum('nro,mso->nrms', g[u], g[v]), axis=(1, 3)), n)
            else:
                j = jnp.einsum('nri,nro->nio', a, g).reshape(n, -1)
                k = k + j @ j.T
            if shared is not None:
                g_sum = jnp.sum(g, axis=1)
                k = k + (shared @ shared.T) * (g_sum @ g_sum.T)
        for j in jax.tree_util.tree_leaves(self.g_rest):
            j = j.reshape(n, -1)
            k = k + j @ j.T
        return k


def _symmetric_blocks(block, n: int) -> jnp.ndarray:
    """The symmetric (n, n) matrix whose (u, v) block is block(u, v) for walker slices u, v, built
    from the blocks on and above the diagonal only: with 4 blocks 10 of 16 products, 5/8 of the work."""
    nb = 4 if n % 4 == 0 and n >= 256 else 2 if n % 2 == 0 and n >= 128 else 1
    if nb == 1:
        return block(slice(None), slice(None))
    size = n // nb
    sl = [slice(b * size, (b + 1) * size) for b in range(nb)]
    upper = {(u, v): block(sl[u], sl[v]) for u in range(nb) for v in range(u, nb)}
    return jnp.block([[upper[(u, v)] if u <= v else upper[(v, u)].T for v in range(nb)]
                      for u in range(nb)])
