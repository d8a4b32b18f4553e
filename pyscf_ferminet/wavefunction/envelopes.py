"""Exponential envelopes that make every orbital decay away from the nuclei.

An orbital k of electron i is multiplied by
    isotropic:  sum_I pi_Ik exp(-sigma_Ik d_I(|r_i - R_I|))
    full:       sum_I pi_Ik exp(-d_I(|Sigma_Ik (r_i - R_I)|)),  Sigma_Ik a 3x3 matrix,
with d_I(r) = r (the reference FermiNet: each envelope brings its own electron-nucleus cusp) or, when
the cusp is exact (`cusp_free_distance`), d_I(r) = r^2 / (r + c_I): no cusp at the nucleus, r - c_I at
long range, so the decay rate sigma is unchanged far out.
"""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np


def envelope_init(natm: int, norb: int, kind: str, dtype) -> dict:
    """Plain initialisation: unit weights and unit decay rates (the reference's choice)."""
    pi = np.ones((natm, norb))
    sigma = np.ones((natm, norb))
    return _pack(pi, sigma, kind, dtype)


def _pack(pi, sigma, kind, dtype):
    if kind == 'full':
        sigma = np.einsum('ak,ij->aijk', sigma, np.eye(3))
    return {'pi': jnp.asarray(pi, dtype), 'sigma': jnp.asarray(sigma, dtype)}


def cusp_free_distance(r, c):
    """d(r) = r^2 / (r + c): r - c + O(1/r) far out, r^2 / c near 0 (zero slope: no cusp).

    Its Laplacian 2 c^2 / (r + c)^3 + 2 (r + 2 c) / (r + c)^2 stays finite at r = 0 (6 / c).
    """
    return r * r / (r + c)


def envelope_apply(params: dict, r_ae: jnp.ndarray, r_ae_norm: jnp.ndarray,
                   cusp_scale=None) -> jnp.ndarray:
    """Envelope values.

    Args:
        params: {'pi': (natm, norb), 'sigma': (natm, norb) or (natm, 3, 3, norb)}.
        r_ae: (n, natm, 3) electron-nucleus vectors, bohr.
        r_ae_norm: (n, natm, 1) their lengths.
        cusp_scale: None (plain exponentials, with a cusp at each nucleus) or (natm, 1) lengths c_I
            of `cusp_free_distance` (cusp-free envelopes).

    Returns:
        (n, norb) envelope per electron and orbital.
    """
    sigma = params['sigma']
    if sigma.ndim == 2:
        dist = r_ae_norm if cusp_scale is None else cusp_free_distance(r_ae_norm, cusp_scale)
        exponent = dist * sigma                                         # (n, natm, norb)
    else:
        vec = jnp.einsum('naj,aijk->naik', r_ae, sigma)                 # (n, natm, 3, norb)
        exponent = jnp.sqrt(jnp.sum(vec ** 2, axis=2) + 1e-12)          # (n, natm, norb)
        if cusp_scale is not None:
            exponent = cusp_free_distance(exponent, cusp_scale)
    return jnp.sum(params['pi'] * jnp.exp(-exponent), axis=1)


def envelope_init_from_scf(ao_atom: np.ndarray, overlap: np.ndarray, coeff: np.ndarray,
                           mo_energy: np.ndarray, natm: int, kind: str, dtype,
                           weight_floor: float = 0.1, min_decay: float = 0.3) -> dict:
    """Envelope parameters for orbitals that imitate given SCF orbitals.

    Choice and reason. The weight of atom I in orbital k is the square root of the orbital's Mulliken
    gross population on I, |sum_{mu on I} C_mu,k (S C)_mu,k|: an orbital lives near the atoms that
    carry it, and the square root turns a population (a square) into an amplitude. A floor keeps
    every atom reachable, so the network can still grow density anywhere. The decay rate is the
    exact long-range decay of a bound orbital, exp(-sqrt(2 |e_k|) r), from its orbital energy e_k
    (bounded below by `min_decay` so that near-zero energies do not make an envelope flat).

    Args:
        ao_atom: (nao,) atom index of each atomic orbital.
        overlap: (nao, nao) AO overlap matrix.
        coeff: (nao, norb) MO coefficients of the orbitals to imitate, one per envelope column.
        mo_energy: (norb,) their energies, hartree.
        natm: number of atoms.
        kind: 'isotropic' or 'full'.

    Returns:
        {'pi': (natm, norb), 'sigma': (natm, norb) or (natm, 3, 3, norb)}.
    """
    gross = coeff * (overlap @ coeff)                                    # (nao, norb)
    pop = np.zeros((natm, coeff.shape[1]))
    np.add.at(pop, ao_atom, gross)
    pi = np.sqrt(np.abs(pop))
    pi = np.maximum(pi / np.maximum(pi.max(axis=0, keepdims=True), 1e-12), weight_floor)
    decay = np.maximum(np.sqrt(2.0 * np.abs(mo_energy)), min_decay)
    sigma = np.broadcast_to(decay[None, :], pi.shape).copy()
    return _pack(pi, sigma, kind, dtype)
