"""Pretraining: fit the network's orbitals to the SCF occupied orbitals by least squares.

Every determinant's orbital matrix is fitted to the SCF Slater matrix: with block determinants each
spin block to that spin's occupied orbitals; with a full determinant the diagonal spin blocks to the
SCF orbitals and the off-diagonal blocks to zero (the SCF determinant is exactly this block-diagonal
full determinant). Walkers are drawn by MCMC from |Psi_SCF|^(2 f) |Psi_net|^(2 (1 - f)), f the
`scf_fraction`: f = 1 samples the SCF density, where the fit matters; f < 1 lets the network's own
density in, so regions it wrongly populates are fitted too.

A multi-determinant target psi = sum_t w_t D_t (a CASCI/CASSCF root, `SCFReference.ci`) is shared
out over the network's determinants: network determinant d imitates D_(d mod T), its first orbital
block scaled by |s_d|^(1/n) (n the block's size) and its first column by sign(s_d), with
s_d = (w_t / m_t) / max_t' |w_t' / m_t'| and m_t the number of network determinants given D_t, so that
the network's sum of determinants is proportional to the target. A single determinant (T = 1) gives
every network determinant the unscaled SCF orbitals. The sampling density is |psi|^2 of the whole
expansion.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np
import optax

from pyscf_ferminet import basis as basis_mod
from pyscf_ferminet import mcmc
from pyscf_ferminet.settings import PretrainSettings


def spin_orbital_matrices(ao, coeffs, nspins, x, atoms) -> list:
    """The occupied orbitals at each spin's electrons: (n_s, n_s) per spin with n_s > 0.

    coeffs: (alpha, beta) coefficient arrays (nao, n_s) (arguments, not constants: one compiled
    pretraining step serves every target determinant of the same shape)."""
    r = x.reshape(-1, 3)
    mats, start = [], 0
    for s, n in enumerate(nspins):
        if n:
            mats.append(basis_mod.eval_mo(ao, coeffs[s], r[start:start + n], atoms))
        start += n
    return mats


def make_scf_targets(scf_ref, nspins, full_det: bool, dtype):
    """targets(x, atoms) -> list of (n, norb) SCF orbital matrices, matching `Ansatz.orbitals` blocks."""
    coeffs = [jnp.asarray(c, dtype) for c in scf_ref.coeff]
    return make_targets(scf_ref.ao, nspins, full_det, dtype, coeffs)


def make_targets(ao, nspins, full_det: bool, dtype, coeffs=None):
    """targets(x, atoms[, coeffs]) -> list of (n, norb) orbital matrices of the determinant with
    occupied coefficients `coeffs`, matching `Ansatz.orbitals` blocks (`coeffs` given here or per call)."""
    bound = coeffs

    def targets(x, atoms, coeffs=None):
        mats = spin_orbital_matrices(ao, bound if coeffs is None else coeffs, nspins, x, atoms)
        if not full_det:
            return mats
        n_up, n_dn = nspins
        blocks = []
        if n_up:
            blocks.append(jnp.concatenate([mats[0], jnp.zeros((n_up, n_dn), dtype)], axis=1))
        if n_dn:
            blocks.append(jnp.concatenate([jnp.zeros((n_dn, n_up), dtype), mats[-1]], axis=1))
        return [jnp.concatenate(blocks, axis=0)]

    return targets


def expansion(scf_ref, dtype) -> tuple:
    """The target of `scf_ref` as (weights (T,), alpha (T, nao, n_up), beta (T, nao, n_dn)) arrays:
    its CI expansion, or its one determinant with weight 1."""
    if scf_ref.ci is not None:
        return tuple(jnp.asarray(a, dtype) for a in scf_ref.ci)
    return (jnp.ones((1,), dtype),) + tuple(jnp.asarray(c, dtype)[None] for c in scf_ref.coeff)


def shared_targets(mats: list, weights, ndet: int) -> list:
    """The network's targets from the T target determinants' blocks `mats` (list of (T, n, norb)):
    (ndet, n, norb) per block, network determinant d imitating determinant d mod T scaled as the
    module docstring says (static shapes; weights traced)."""
    t_count = weights.shape[0]
    idx = np.arange(ndet) % t_count
    share = np.bincount(idx, minlength=t_count).astype(np.float64)
    per_det = weights / jnp.asarray(share, weights.dtype)
    s = per_det[idx] / jnp.max(jnp.abs(per_det))
    out = [m[idx] for m in mats]
    n = out[0].shape[1]
    scale = jnp.abs(s) ** (1.0 / n)
    first = out[0] * scale[:, None, None]
    first = first.at[:, :, 0].multiply(jnp.sign(s)[:, None])
    return [first] + out[1:]


def expansion_log_abs(ao, nspins, target, x, atoms):
    """log|sum_t w_t det_up[t](x) det_dn[t](x)| of a target expansion (`expansion`)."""
    weights, c_up, c_dn = target

    def one(a, b):
        mats = spin_orbital_matrices(ao, (a, b), nspins, x, atoms)
        sl = [jnp.linalg.slogdet(m) for m in mats]
        return jnp.prod(jnp.stack([v[0] for v in sl])), sum(v[1] for v in sl)

    # A loop over the (few) determinants rather than vmap: folx's forward Laplacian does not batch
    # slogdet.
    parts = [one(c_up[t], c_dn[t]) for t in range(weights.shape[0])]
    sign, logabs = jnp.stack([p[0] for p in parts]), jnp.stack([p[1] for p in parts])
    sign = sign * jnp.sign(weights)
    logabs = logabs + jnp.log(jnp.abs(weights))
    top = jnp.max(logabs)
    return top + jnp.log(jnp.abs(jnp.sum(sign * jnp.exp(logabs - top))))


def make_scf_log_psi(scf_ref, dtype) -> Callable:
    """The SCF Slater determinant as (x, atoms) -> (sign, log|psi|)."""
    c_up, c_dn = (jnp.asarray(c, dtype) for c in scf_ref.coeff)
    return basis_mod.slater_log_psi(scf_ref.ao, c_up, c_dn)


def make_pretrain_step(orbitals: Callable, log_psi: Callable, ao, nspins, full_det: bool,
                       atoms, settings: PretrainSettings, mcmc_steps: int, target_acceptance: float,
                       dtype):
    """Builds (init_opt_state, step, log_prob), step jitted:
        step(params, opt_state, x, logp, key, width, target) -> params, opt_state, x, logp, width, loss
    with target the expansion (weights (T,), alpha (T, nao, n_up), beta (T, nao, n_dn)) of `expansion`
    (arguments: one compiled step serves every target of the same shape); log_prob(params, x, target).
    """
    atoms = jnp.asarray(atoms, dtype)
    targets = make_targets(ao, nspins, full_det, dtype)
    f = settings.scf_fraction
    tx = optax.adam(settings.lr)

    def log_prob(params, x, target):
        def one(xi):
            lp = 2.0 * f * expansion_log_abs(ao, nspins, target, xi, atoms)
            if f < 1:
                lp = lp + 2.0 * (1.0 - f) * log_psi(params, xi, atoms)[1]
            return lp
        return jax.vmap(one)(x)

    def loss_fn(params, x, target):
        weights, c_up, c_dn = target

        def one(xi):
            net = orbitals(params, xi, atoms)
            per_det = jax.vmap(lambda a, b: targets(xi, atoms, (a, b)))(c_up, c_dn)
            ref = shared_targets(per_det, weights, net[0].shape[0])
            return sum(jnp.sum(jnp.mean((m - t) ** 2, axis=0)) for m, t in zip(net, ref))
        return jnp.mean(jax.vmap(one)(x))

    @jax.jit
    def step(params, opt_state, x, logp, key, width, target):
        loss, grad = jax.value_and_grad(loss_fn)(params, x, target)
        updates, opt_state = tx.update(grad, opt_state, params)
        params = optax.apply_updates(params, updates)
        if f < 1:
            logp = log_prob(params, x, target)
        x, logp, acc = mcmc.mcmc_steps(lambda p, y: log_prob(p, y, target), params, x, logp, key, width,
                                       mcmc_steps)
        width = mcmc.adapt_width(width, acc, target_acceptance)
        return params, opt_state, x, logp, width, loss

    return tx.init, step, jax.jit(log_prob)


_STEP_CACHE: dict = {}


def _cached_step(orbitals, log_psi, scf_ref, nspins, full_det, atoms, settings, mcmc_steps,
                 target_acceptance, dtype):
    """Compiled pretraining functions, reused for identical configurations (same basis and geometry;
    the target's weights and coefficients are arguments)."""
    key = (orbitals, log_psi, settings, tuple(nspins), full_det, mcmc_steps, target_acceptance,
           jnp.dtype(dtype).name, np.asarray(atoms).tobytes(), scf_ref.ao)
    if key not in _STEP_CACHE:
        opt_init, step, log_prob = make_pretrain_step(orbitals, log_psi, scf_ref.ao, nspins, full_det,
                                                      atoms, settings, mcmc_steps, target_acceptance,
                                                      dtype)
        equilibrate = jax.jit(lambda p, x, lp, k, w, c: mcmc.mcmc_steps(
            lambda q, y: log_prob(q, y, c), p, x, lp, k, w, 50))
        _STEP_CACHE[key] = (opt_init, step, log_prob, equilibrate)
    return _STEP_CACHE[key]


def pretrain(params, x, key, orbitals, log_psi, scf_ref, nspins, full_det, atoms, settings,
             mcmc_steps, target_acceptance, width, log=None):
    """Runs `settings.steps` pretraining steps.

    Returns:
        (params, x, width, losses) with losses a host array (steps,).
    """
    dtype = x.dtype
    opt_init, step, log_prob, equilibrate = _cached_step(
        orbitals, log_psi, scf_ref, nspins, full_det, atoms, settings, mcmc_steps, target_acceptance,
        dtype)
    target = expansion(scf_ref, dtype)
    opt_state = opt_init(params)
    logp = log_prob(params, x, target)
    width = jnp.asarray(width, dtype)
    # Equilibrate the walkers in the sampling density before fitting.
    key, sub = jax.random.split(key)
    x, logp, _ = equilibrate(params, x, logp, sub, width, target)
    losses = []
    for i in range(settings.steps):
        key, sub = jax.random.split(key)
        params, opt_state, x, logp, width, loss = step(params, opt_state, x, logp, sub, width, target)
        losses.append(loss)
        if log is not None and (i + 1) % max(1, settings.steps // 10) == 0:
            log.info('pretrain %5d / %d  loss %.6g', i + 1, settings.steps, float(loss))
    return params, x, width, np.asarray(jax.device_get(losses))
