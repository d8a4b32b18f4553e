"""The local energy E_L = (H psi) / psi of the molecular Hamiltonian, in hartree.

Kinetic part: -1/2 (laplacian log|psi| + |grad log|psi||^2). The Laplacian comes from folx's forward
Laplacian (one forward pass carrying the value, gradient and Laplacian) or, as a checked fallback, from
the trace of the Hessian, one Hessian-vector product per coordinate.

Potential part: Coulomb terms with the (effective) nuclear charges, plus, for a molecule with effective
core potentials, their local channels and the angular quadrature of their non-local channels
(`ecp.py`), which is stochastic: it takes a PRNG key.
"""

from __future__ import annotations

from typing import Callable

import jax
import jax.numpy as jnp

from pyscf_ferminet import ecp as ecp_mod


def potential_energy(x: jnp.ndarray, atoms: jnp.ndarray, charges: jnp.ndarray) -> jnp.ndarray:
    """Coulomb energy: electron-electron, electron-nucleus and nucleus-nucleus terms.

    Args:
        x: (nelec * 3,) electron positions, bohr.
        atoms: (natm, 3) nuclear positions, bohr.
        charges: (natm,) nuclear charges.
    """
    r = x.reshape(-1, 3)
    n, natm = r.shape[0], atoms.shape[0]
    v = -jnp.sum(charges / jnp.linalg.norm(r[:, None] - atoms[None], axis=-1))
    if n > 1:
        i, j = jnp.triu_indices(n, 1)
        v = v + jnp.sum(1.0 / jnp.linalg.norm(r[i] - r[j], axis=-1))
    if natm > 1:
        a, b = jnp.triu_indices(natm, 1)
        v = v + jnp.sum(charges[a] * charges[b] / jnp.linalg.norm(atoms[a] - atoms[b], axis=-1))
    return v


def laplacian_and_grad_hessian(f: Callable, x: jnp.ndarray):
    """(laplacian f(x), grad f(x)) by the trace of the Hessian: one jvp of the gradient per coordinate."""
    grad_f = jax.grad(f)
    eye = jnp.eye(x.shape[0], dtype=x.dtype)

    def body(i, acc):
        g, hv = jax.jvp(grad_f, (x,), (eye[i],))
        return acc + hv[i]

    g = grad_f(x)
    return jax.lax.fori_loop(0, x.shape[0], body, jnp.zeros((), x.dtype)), g


def laplacian_and_grad_folx(f: Callable, x: jnp.ndarray, sparsity_threshold: int = 0):
    """(laplacian f(x), grad f(x)) by folx's forward Laplacian. sparsity_threshold > 0: tangents
    that depend on at most that many input coordinates are carried as sparse (a pair feature
    depends on 6 of the 3 N coordinates)."""
    import folx
    out = folx.forward_laplacian(f, sparsity_threshold=sparsity_threshold)(x)
    return out.laplacian, out.jacobian.dense_array.reshape(x.shape)


LAPLACIANS = {'folx': laplacian_and_grad_folx, 'hessian': laplacian_and_grad_hessian,
              'folx-sparse': lambda f, x: laplacian_and_grad_folx(f, x, sparsity_threshold=6)}

# 'auto' uses the sparse forward Laplacian from this many electrons on: it halves the iteration at 16
# (H16) and gains 10 % at 14 (N2), while at 10 (H2O) the dense one is 15 % faster
# (benchmarks/scaling.md).
SPARSE_FROM_ELECTRONS = 12


def choose_laplacian(laplacian: str, nelec: int) -> str:
    """The Laplacian a setting means for `nelec` (valence) electrons: 'auto' is 'folx-sparse' from
    SPARSE_FROM_ELECTRONS electrons on and 'folx' below; any other name is itself."""
    if laplacian == 'auto':
        return 'folx-sparse' if nelec >= SPARSE_FROM_ELECTRONS else 'folx'
    return laplacian


# The non-local ECP term of a device's walkers runs in blocks of (walkers x electrons) / PAIR_BLOCKS
# electron-atom pairs (each block evaluates the wavefunction at that many times the rule's points), and
# stops after the last block holding a pair within the cutoff: finer blocks waste less (at most one
# partly filled block) at the cost of more, smaller batches. The block size does not grow with the
# number of ECP atoms, of which an electron is within the cutoff of one or two.
PAIR_BLOCKS = 16


def make_local_energy(log_psi: Callable, charges, laplacian: str = 'folx', ecp=None,
                      quadrature: int = 12, nonlocal_ecp: bool = True) -> Callable:
    """Local energy of a wavefunction.

    Args:
        log_psi: (params, x, atoms) -> (sign, log|psi|).
        charges: (natm,) nuclear charges (effective charges Z - ncore on ECP atoms).
        laplacian: 'folx', 'folx-sparse' or 'hessian'.
        ecp: `ecp.ECP` of the molecule, or None (all-electron).
        quadrature: points of the angular rule of the non-local ECP channels (see `ecp.angular_rule`).
        nonlocal_ecp: False leaves the non-local ECP channels out (`make_nonlocal_batch` computes
            them over a batch of walkers).

    Returns:
        local_energy(params, x, atoms, key=None) -> E_L = (H psi)(x) / psi(x), hartree, for one
        configuration x (nelec * 3,). `key` (a PRNG key) draws the random rotation of the ECP's
        angular rule; pass a fresh one per walker and step. Without an ECP it is not used; with an
        ECP and key=None the rule is used unrotated (deterministic, biased by the rule's error).
    """
    if laplacian not in LAPLACIANS:
        raise ValueError(f'laplacian = {laplacian!r}: choose one of {sorted(LAPLACIANS)}.')
    lap_fn = LAPLACIANS[laplacian]
    charges = jnp.asarray(charges)
    rule = ecp_mod.angular_rule(quadrature) if ecp is not None else None

    def local_energy(params, x, atoms, key=None):
        lap, grad = lap_fn(lambda y: log_psi(params, y, atoms)[1], x)
        kinetic = -0.5 * (lap + jnp.sum(grad ** 2))
        e = kinetic + potential_energy(x, atoms, charges.astype(x.dtype))
        if ecp is not None:
            e = e + ecp_mod.local_potential(x, atoms, ecp)
            if nonlocal_ecp:
                e = e + ecp_mod.nonlocal_energy(lambda y: log_psi(params, y, atoms), x, atoms, ecp,
                                                rule, key)
        return e

    return local_energy


def make_nonlocal_batch(log_psi: Callable, ecp, quadrature: int = 12, energy_chunks: int = 1) -> Callable:
    """The non-local ECP energy of a batch of walkers (`ecp.nonlocal_energy_batch`), in blocks of
    (walkers x electrons) / (PAIR_BLOCKS x energy_chunks) electron-atom pairs, of which only those
    holding pairs within the cutoff run.

    Returns:
        (params, x (nwalkers, nelec * 3), atoms, keys (nwalkers,)) -> (nwalkers,), hartree; with the
        same keys, `make_local_energy(..., nonlocal_ecp=False)` plus this is `make_local_energy`.
    """
    rule = ecp_mod.angular_rule(quadrature)

    def nonlocal_batch(params, x, atoms, keys):
        nelec = x.shape[1] // 3
        chunk = max(1, -(-x.shape[0] * nelec // (PAIR_BLOCKS * energy_chunks)))
        return ecp_mod.nonlocal_energy_batch(lambda y: log_psi(params, y, atoms), x, atoms, ecp,
                                             rule, keys, chunk)

    return nonlocal_batch
