"""Wavefunction ansatzes: `make_ansatz(settings, system)` -> `Ansatz(init, orbitals, log_psi)`."""

from __future__ import annotations

from typing import Any, Callable, NamedTuple

import numpy as np

from pyscf_ferminet.settings import AnsatzSettings
from pyscf_ferminet.wavefunction import envelopes
from pyscf_ferminet.wavefunction.ferminet import make_ferminet


class Ansatz(NamedTuple):
    """A wavefunction as pure functions over a parameter pytree.

    init(key, dtype) -> params
    orbitals(params, x, atoms) -> list of (ndet, n, n) orbital matrices (the pretraining targets' shape)
    log_psi(params, x, atoms) -> (sign, log|psi|); x (nelec * 3,) bohr, atoms (natm, 3) bohr
    """
    init: Callable[..., Any]
    orbitals: Callable[..., Any]
    log_psi: Callable[..., Any]


def make_ansatz(settings: AnsatzSettings, nspins, charges, cusp_charges=None) -> Ansatz:
    """cusp_charges: (natm,) charges of the electron-nucleus cusps (None: `charges`; see
    `System.cusp_charges` for ECP atoms)."""
    init, orbitals, log_psi = make_ferminet(tuple(nspins), np.asarray(charges), settings, cusp_charges)
    return Ansatz(init, orbitals, log_psi)


def scf_target_columns(nspins, full_det: bool):
    """Which SCF orbital each orbital column of each spin block imitates.

    Returns, per spin s, a list of (spin, index) pairs, one per column of that spin's orbital
    matrix: a full determinant's columns are the alpha orbitals then the beta orbitals (its
    off-diagonal spin blocks are fitted to zero); a block determinant's columns are its own spin's.
    """
    out = []
    for s, n in enumerate(nspins):
        if full_det:
            out.append([(0, k) for k in range(nspins[0])] + [(1, k) for k in range(nspins[1])])
        else:
            out.append([(s, k) for k in range(n)])
    return out


def envelopes_from_scf(params: dict, settings: AnsatzSettings, nspins, scf_ref, mol) -> dict:
    """Replaces the plain envelope initialisation by one fitted to the SCF orbitals.

    Every determinant's column k gets the atom weights of the SCF orbital it is pretrained towards
    (see `scf_target_columns`); every column of spin s's block decays at the rate set by that spin's
    HOMO energy (see `envelopes.envelope_init_from_scf` for the choice and the measurement).
    """
    from pyscf_ferminet.basis import ao_nucleus_index, real_atoms
    overlap = mol.intor_symmetric('int1e_ovlp')
    ao_index = ao_nucleus_index(mol)           # AOs on ghost atoms count for the nearest nucleus
    natm = len(real_atoms(mol))
    new = dict(params)
    new['envelope'] = list(params['envelope'])
    for s, columns in enumerate(scf_target_columns(nspins, settings.full_det)):
        if nspins[s] == 0:
            continue
        coeff = np.stack([scf_ref.coeff[sp][:, k] for sp, k in columns], axis=1)
        homo = float(np.max(scf_ref.mo_energy[s]))          # the rows of this block are spin-s electrons
        dtype = params['envelope'][s]['pi'].dtype
        env = envelopes.envelope_init_from_scf(ao_index, overlap, np.tile(coeff, settings.determinants),
                                               homo, natm, settings.envelope, dtype)
        new['envelope'][s] = env
    return new
