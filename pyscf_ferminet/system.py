"""From a PySCF SCF object, a `gto.Mole` or an `ase.Atoms` to a `System` of arrays.

This is the only module that knows where the input came from. Everything downstream sees nuclear
positions (bohr), charges, spin counts and, when an SCF is available, its occupied orbitals per spin
as coefficient arrays over a Gaussian basis that `basis.py` evaluates in JAX.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from pyscf import gto, scf

from pyscf_ferminet import basis as basis_mod


@dataclasses.dataclass(frozen=True)
class SCFReference:
    """Occupied SCF orbitals per spin, in the AO basis.

    Attributes:
        ao: the Gaussian basis of the SCF, as arrays.
        coeff: (alpha, beta) occupied MO coefficients, shapes (nao, n_up) and (nao, n_dn).
        mo_energy: (alpha, beta) orbital energies of those orbitals, hartree, shapes (n_up,), (n_dn,).
        e_tot: SCF total energy, hartree.
        kind: 'RHF', 'ROHF', 'UHF', 'RKS', 'ROKS' or 'UKS'.
    """
    ao: basis_mod.AOBasis
    coeff: tuple[np.ndarray, np.ndarray]
    mo_energy: tuple[np.ndarray, np.ndarray]
    e_tot: float
    kind: str


@dataclasses.dataclass(frozen=True)
class System:
    """A molecule as arrays, in bohr and hartree.

    Attributes:
        atoms: (natm, 3) nuclear positions, bohr.
        charges: (natm,) nuclear charges.
        symbols: element symbols.
        nspins: (n_up, n_dn) electrons per spin; either may be zero.
        mol: the `gto.Mole` (basis, symmetry-free geometry) the system came from or was built as.
        scf: the SCF reference, or None when no SCF is wanted.
    """
    atoms: np.ndarray
    charges: np.ndarray
    symbols: tuple[str, ...]
    nspins: tuple[int, int]
    mol: gto.Mole
    scf: SCFReference | None

    @property
    def nelec(self) -> int:
        return sum(self.nspins)

    def nuclear_repulsion(self) -> float:
        return float(self.mol.energy_nuc())


def check_mol(mol: gto.Mole) -> None:
    """Rejects what the VMC solver cannot treat, with the reason and the fix."""
    if getattr(mol, 'dimension', 0) or hasattr(mol, 'a') and getattr(mol, 'a', None) is not None:
        raise NotImplementedError(
            'FermiNet treats finite molecules only; got a periodic cell. '
            'Build a gto.Mole (pyscf.gto.M) for a molecule or cluster.')
    if mol.has_ecp():
        raise NotImplementedError(
            'Molecules with effective core potentials are not supported yet: the VMC Hamiltonian '
            'is all-electron. Use an all-electron basis (e.g. cc-pVDZ, def2-SVP without ECP).')
    if mol.nelectron < 1:
        raise ValueError(f'The molecule has {mol.nelectron} electrons; FermiNet needs at least one.')
    n_up, n_dn = mol.nelec
    if n_up < 0 or n_dn < 0:
        raise ValueError(f'Impossible spin {mol.spin} for {mol.nelectron} electrons: '
                         f'it gives (n_alpha, n_beta) = {mol.nelec}. Set mol.spin = 2S = n_alpha - n_beta.')


def _occupied(mo_coeff, mo_occ, mo_energy, threshold=1e-8):
    idx = np.asarray(mo_occ) > threshold
    return np.asarray(mo_coeff)[:, idx], np.asarray(mo_energy)[idx]


def scf_kind(mf) -> str:
    """Classifies an SCF object; raises for kinds FermiNet cannot start from."""
    name = type(mf).__name__
    if hasattr(mf, 'cell') or 'pbc' in type(mf).__module__:
        raise NotImplementedError(
            f'{name} is a periodic SCF; FermiNet treats finite molecules only. '
            'Run a molecular SCF (pyscf.scf.RHF/UHF on a gto.Mole).')
    if isinstance(mf, (scf.ghf.GHF,)) or getattr(mf, 'istype', None) and mf.istype('GHF'):
        raise NotImplementedError(
            f'{name}: generalised (spin-mixing) SCF is not supported: the FermiNet ansatz has fixed '
            'spin per electron. Use scf.UHF (or RHF/ROHF) instead.')
    if 'x2c' in type(mf).__module__ or type(mf).__module__.startswith('pyscf.scf.dhf') or \
            isinstance(mf, scf.dhf.DHF):
        raise NotImplementedError(
            f'{name}: relativistic (Dirac/X2C) SCF is not supported: the VMC Hamiltonian is '
            'non-relativistic. Use scf.RHF/UHF.')
    from pyscf.dft import rks, uks, roks
    if isinstance(mf, uks.UKS):
        return 'UKS'
    if isinstance(mf, scf.uhf.UHF):
        return 'UHF'
    if isinstance(mf, roks.ROKS):
        return 'ROKS'
    if isinstance(mf, scf.rohf.ROHF):
        return 'ROHF'
    if isinstance(mf, rks.RKS):
        return 'RKS'
    if isinstance(mf, scf.hf.RHF):
        return 'RHF'
    raise NotImplementedError(
        f'Unsupported SCF object {name}. FermiNet starts from RHF, ROHF, UHF (or RKS/ROKS/UKS).')


def scf_reference(mf, log=None) -> SCFReference:
    """Extracts the occupied orbitals of a converged (or run-now) molecular SCF."""
    kind = scf_kind(mf)
    if mf.mo_coeff is None:
        if log is not None:
            log.note('The SCF has not been run; running %s now.', kind)
        mf.kernel()
    if not getattr(mf, 'converged', True) and log is not None:
        log.warn('The %s did not converge; its orbitals are used anyway.', kind)
    if kind.endswith('KS') and log is not None:
        log.note('Starting from Kohn-Sham orbitals (%s, xc=%s): used for envelopes and pretraining; '
                 'e_corr is reported against the KS total energy.', kind, getattr(mf, 'xc', '?'))
    mol = mf.mol
    if kind in ('UHF', 'UKS'):
        ca, ea = _occupied(mf.mo_coeff[0], mf.mo_occ[0], mf.mo_energy[0])
        cb, eb = _occupied(mf.mo_coeff[1], mf.mo_occ[1], mf.mo_energy[1])
    else:
        occ = np.asarray(mf.mo_occ)
        energy = np.asarray(mf.mo_energy)
        ca, ea = _occupied(mf.mo_coeff, occ, energy)
        cb, eb = _occupied(mf.mo_coeff, occ, energy, threshold=1.5)  # doubly occupied only
        if kind in ('ROHF', 'ROKS') and getattr(energy, 'mo_ea', None) is not None:
            ea, eb = np.asarray(energy.mo_ea)[occ > 1e-8], np.asarray(energy.mo_eb)[occ > 1.5]
    if (ca.shape[1], cb.shape[1]) != tuple(mol.nelec):
        raise ValueError(f'The SCF occupies ({ca.shape[1]}, {cb.shape[1]}) orbitals but the molecule has '
                         f'nelec = {mol.nelec}; fractional or non-aufbau occupations are not supported.')
    return SCFReference(ao=basis_mod.ao_basis_from_mol(mol), coeff=(ca, cb), mo_energy=(ea, eb),
                        e_tot=float(mf.e_tot), kind=kind)


def default_scf(mol: gto.Mole):
    """RHF for closed shells, UHF otherwise (the SCF `FermiNet(mol)` runs)."""
    return scf.RHF(mol) if mol.spin == 0 else scf.UHF(mol)


def mol_from_atoms(atoms, charge=0, spin=0, basis='cc-pvdz', verbose=0) -> gto.Mole:
    """An `ase.Atoms` as a `gto.Mole`. ASE works in Angstrom; positions are converted here once."""
    if any(atoms.get_pbc()):
        raise NotImplementedError(
            'The ase.Atoms object is periodic (pbc set); FermiNet treats finite molecules only. '
            'Use atoms.set_pbc(False) for a molecule in a box.')
    from pyscf.data.nist import BOHR
    positions = np.asarray(atoms.get_positions()) / BOHR
    atom = [(s, tuple(p)) for s, p in zip(atoms.get_chemical_symbols(), positions)]
    try:
        return gto.M(atom=atom, unit='Bohr', charge=charge, spin=spin, basis=basis, verbose=verbose)
    except RuntimeError as err:
        raise ValueError(f'Cannot build the molecule from ase.Atoms with charge={charge}, spin={spin}: '
                         f'{err}. spin is 2S = n_alpha - n_beta and must match the electron count parity.') \
            from err


def build_system(mol: gto.Mole, scf_ref: SCFReference | None) -> System:
    check_mol(mol)
    return System(atoms=np.asarray(mol.atom_coords(unit='Bohr'), dtype=np.float64),
                  charges=np.asarray(mol.atom_charges(), dtype=np.float64),
                  symbols=tuple(mol.atom_pure_symbol(i) for i in range(mol.natm)),
                  nspins=tuple(int(n) for n in mol.nelec), mol=mol, scf=scf_ref)
