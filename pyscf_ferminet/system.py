"""From a PySCF SCF object, a `gto.Mole` or an `ase.Atoms` to a `System` of arrays.

This is the only module that knows where the input came from. Everything downstream sees nuclear
positions (bohr), charges, spin counts and, when an SCF is available, its occupied orbitals per spin
as coefficient arrays over a Gaussian basis that `basis.py` evaluates in JAX.

The molecule's Hamiltonian is the one PySCF gives it: with effective core potentials (`mol.ecp`) the
nuclei carry the effective charges Z - ncore, the electrons are the valence electrons, and the ECP
terms come from `mol._ecpbas` (see `ecp.py`). Ghost atoms (`ghost-H`, `X-H`: basis functions without
a nucleus) are left out of the nuclei; their basis functions stay in the SCF orbitals.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from pyscf import gto, scf

from pyscf_ferminet import basis as basis_mod
from pyscf_ferminet import ecp as ecp_mod


@dataclasses.dataclass(frozen=True)
class SCFReference:
    """Occupied SCF orbitals per spin, in the AO basis.

    Attributes:
        ao: the Gaussian basis of the SCF, as arrays.
        coeff: (alpha, beta) occupied MO coefficients, shapes (nao, n_up) and (nao, n_dn).
        mo_energy: (alpha, beta) orbital energies of those orbitals, hartree, shapes (n_up,), (n_dn,).
        e_tot: SCF total energy, hartree.
        kind: 'RHF', 'ROHF', 'UHF', 'RKS', 'ROKS' or 'UKS' ('CASCI' for a root of a CAS expansion).
        ci: None for one determinant (`coeff`); or a multi-determinant expansion
            (weights (T,), alpha coefficients (T, nao, n_up), beta coefficients (T, nao, n_dn)),
            psi = sum_t w_t det_up[t] det_dn[t], orbitals of each determinant in ascending MO order;
            `coeff` is then its leading determinant. Pretraining fits the network to it.
    """
    ao: basis_mod.AOBasis
    coeff: tuple[np.ndarray, np.ndarray]
    mo_energy: tuple[np.ndarray, np.ndarray]
    e_tot: float
    kind: str
    ci: tuple | None = None


@dataclasses.dataclass(frozen=True)
class System:
    """A molecule as arrays, in bohr and hartree.

    Attributes:
        atoms: (natm, 3) positions of the nuclei (ghost atoms left out), bohr.
        charges: (natm,) nuclear charges: Z, or Z - ncore on atoms with an ECP.
        symbols: element symbols.
        nspins: (n_up, n_dn) electrons per spin (valence electrons with an ECP); either may be zero.
        mol: the `gto.Mole` (basis, symmetry-free geometry) the system came from or was built as.
        scf: the SCF reference, or None when no SCF is wanted.
        ecp: the effective core potentials (`ecp.ECP`), or None for an all-electron molecule.
        cusp_charges: (natm,) charge of each nucleus's electron-nucleus cusp: the charge, or for an
            ECP atom what is left of the 1/r singularity (0 for ccECP and BFD).
    """
    atoms: np.ndarray
    charges: np.ndarray
    symbols: tuple[str, ...]
    nspins: tuple[int, int]
    mol: gto.Mole
    scf: SCFReference | None
    ecp: ecp_mod.ECP | None = None
    cusp_charges: np.ndarray | None = None

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
    if mol.natm and not len(basis_mod.real_atoms(mol)):
        raise ValueError('The molecule holds ghost atoms only (charge 0): FermiNet needs at least one '
                         'nucleus. Ghost atoms (ghost-H, X-H) carry basis functions beside real ones.')
    check_ecp(mol)
    if mol.nelectron < 1:
        raise ValueError(f'The molecule has {mol.nelectron} electrons; FermiNet needs at least one.')
    n_up, n_dn = mol.nelec
    if n_up < 0 or n_dn < 0:
        raise ValueError(f'Impossible spin {mol.spin} for {mol.nelectron} electrons: '
                         f'it gives (n_alpha, n_beta) = {mol.nelec}. Set mol.spin = 2S = n_alpha - n_beta.')


def check_ecp(mol: gto.Mole) -> None:
    """Rejects an ECP the Hamiltonian would take wrongly: an unbuilt mol, an element the given ECP
    name has no data for, a basis with functions for the core the ECP replaces."""
    if mol.ecp and not getattr(mol, '_built', True):
        raise ValueError(f'mol.ecp = {mol.ecp!r} is set but mol.build() has not been run: the ECP is '
                         'read from what PySCF built. Call mol.build() (gto.M builds).')
    if mol.ecp and not mol.has_ecp() and not mol._ecp:
        raise ValueError(f'mol.ecp = {mol.ecp!r} is set but PySCF built no ECP from it. Run mol.build() '
                         'after setting mol.ecp, or check the ECP name.')
    if not mol.has_ecp():
        return
    if isinstance(mol.ecp, str):
        missing = sorted({mol.atom_pure_symbol(i) for i in basis_mod.real_atoms(mol)
                          if mol.atom_symbol(i) not in mol._ecp and mol.atom_pure_symbol(i) not in mol._ecp})
        if missing:
            raise ValueError(
                f'The ECP {mol.ecp!r} has no data for {", ".join(missing)}: PySCF treats '
                f'{"it" if len(missing) == 1 else "them"} all-electron. Give the ECP per element, '
                f'e.g. ecp={{{", ".join(repr(s) for s in sorted(mol._ecp))}: {mol.ecp!r}}}, to make '
                'that choice explicit, or choose an ECP that covers every element.')
    for i in range(mol.natm):
        if mol.atom_nelec_core(i) == 0:
            continue
        ecp_exps = [mol._env[row[5]:row[5] + row[2]] for row in mol._ecpbas if row[0] == i]
        ecp_max = max(float(np.max(e)) for e in ecp_exps)
        basis_max = max([float(np.max(mol.bas_exp(b))) for b in range(mol.nbas) if mol.bas_atom(b) == i]
                        + [0.0])
        z = mol.atom_charge(i) + mol.atom_nelec_core(i)
        # A 1s core orbital needs exponents of order Z^2 and beyond; bases made for an ECP stop
        # near the ECP's own exponents (ccECP C: 13 against cc-pVDZ's 6665).
        if basis_max > max(10 * z * z, 4 * ecp_max):
            raise ValueError(
                f'Atom {i} ({mol.atom_symbol(i)}) has an ECP replacing {mol.atom_nelec_core(i)} core '
                f'electrons, but its basis has a Gaussian of exponent {basis_max:g} bohr^-2, far tighter '
                f'than the ECP (largest exponent {ecp_max:g}): it is an all-electron basis. Use the '
                "basis made for the ECP (e.g. basis='ccecp-cc-pvdz' with ecp='ccecp').")


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


def is_casci(obj) -> bool:
    """Whether obj is a PySCF CASCI or CASSCF object (pyscf.mcscf)."""
    return hasattr(obj, 'fcisolver') and hasattr(obj, 'ncas') and hasattr(obj, 'nelecas')


def cas_roots(mc) -> list:
    """The CI vectors of a CASCI/CASSCF object, one per root (a list also for one root)."""
    if mc.ci is None:
        raise ValueError(f'The {type(mc).__name__} object has no CI vectors: run it (mc.kernel()) '
                         'before passing it to FermiNet.')
    ci = mc.ci
    if isinstance(ci, np.ndarray) and ci.ndim == 2:
        return [ci]
    return [np.asarray(c) for c in ci]


def cas_reference(mc, root: int, scf_ref: SCFReference, max_dets: int, threshold: float = 1e-6,
                  log=None) -> SCFReference:
    """Root `root` of a CASCI/CASSCF object as a multi-determinant `SCFReference`.

    Each CI coefficient c_IJ of alpha string I and beta string J over the active orbitals is the
    weight of the determinant whose alpha orbitals are the core orbitals and the active orbitals of
    I (ascending MO order, PySCF's string convention), and likewise for beta. The `max_dets`
    determinants of largest |c| above `threshold` are kept (the network has that many); the weight
    left out is logged.
    """
    from pyscf.fci import cistring
    roots = cas_roots(mc)
    ci = np.asarray(roots[root])
    ncore, ncas = int(mc.ncore), int(mc.ncas)
    nelecas = mc.nelecas
    na, nb = (int(n) for n in (nelecas if not np.isscalar(nelecas) else (nelecas, 0)))
    if (ncore + na, ncore + nb) != tuple(scf_ref.coeff[s].shape[1] for s in (0, 1)):
        raise ValueError(f'The CAS ({ncore} core orbitals, active electrons ({na}, {nb})) does not hold '
                         f'the molecule\'s electrons {tuple(c.shape[1] for c in scf_ref.coeff)}.')
    mo = np.asarray(mc.mo_coeff)
    strings = [cistring.make_strings(range(ncas), n) for n in (na, nb)]
    ci = ci.reshape(len(strings[0]), len(strings[1]))
    order = np.argsort(-np.abs(ci).ravel(), kind='stable')
    keep = [k for k in order[:max_dets] if abs(ci.ravel()[k]) > threshold]
    lost = 1.0 - float(np.sum(ci.ravel()[keep] ** 2) / np.sum(ci ** 2))
    if log is not None:
        log.note('CAS root %d as pretraining target: %d determinant(s) of %d, weight left out %.2e',
                 root, len(keep), int(np.sum(np.abs(ci) > threshold)), lost)

    def columns(string):
        bits = [ncore + i for i in range(ncas) if (int(string) >> i) & 1]
        return list(range(ncore)) + bits

    cols = [[columns(strings[0][k // ci.shape[1]]) for k in keep],
            [columns(strings[1][k % ci.shape[1]]) for k in keep]]
    coeffs = tuple(np.stack([mo[:, c] for c in cols[s]]) if cols[s][0] else
                   np.zeros((len(keep), mo.shape[0], 0)) for s in (0, 1))
    weights = np.asarray([ci.ravel()[k] for k in keep])
    e_roots = np.atleast_1d(np.asarray(mc.e_tot, dtype=float))
    return dataclasses.replace(
        scf_ref, coeff=(coeffs[0][0], coeffs[1][0]), e_tot=float(e_roots[min(root, len(e_roots) - 1)]),
        kind='CASCI', ci=(weights, coeffs[0], coeffs[1]))


def default_scf(mol: gto.Mole):
    """RHF for closed shells, UHF otherwise (the SCF `FermiNet(mol)` runs)."""
    return scf.RHF(mol) if mol.spin == 0 else scf.UHF(mol)


def mol_from_atoms(atoms, charge=0, spin=0, basis='cc-pvdz', verbose=0, ecp=None) -> gto.Mole:
    """An `ase.Atoms` as a `gto.Mole` (with the ECP `ecp`, e.g. 'ccecp', if given). ASE works in
    Angstrom; positions are converted here once."""
    if any(atoms.get_pbc()):
        raise NotImplementedError(
            'The ase.Atoms object is periodic (pbc set); FermiNet treats finite molecules only. '
            'Use atoms.set_pbc(False) for a molecule in a box.')
    from pyscf.data.nist import BOHR
    positions = np.asarray(atoms.get_positions()) / BOHR
    atom = [(s, tuple(p)) for s, p in zip(atoms.get_chemical_symbols(), positions)]
    try:
        return gto.M(atom=atom, unit='Bohr', charge=charge, spin=spin, basis=basis, verbose=verbose,
                     ecp=ecp)
    except RuntimeError as err:
        raise ValueError(f'Cannot build the molecule from ase.Atoms with charge={charge}, spin={spin}: '
                         f'{err}. spin is 2S = n_alpha - n_beta and must match the electron count parity.') \
            from err


def build_system(mol: gto.Mole, scf_ref: SCFReference | None) -> System:
    check_mol(mol)
    nuclei = basis_mod.real_atoms(mol)
    charges = np.asarray(mol.atom_charges(), dtype=np.float64)[nuclei]
    ecp = ecp_mod.ecp_from_mol(mol, nuclei)
    return System(atoms=np.asarray(mol.atom_coords(unit='Bohr'), dtype=np.float64)[nuclei],
                  charges=charges, symbols=tuple(mol.atom_pure_symbol(i) for i in nuclei),
                  nspins=tuple(int(n) for n in mol.nelec), mol=mol, scf=scf_ref, ecp=ecp,
                  cusp_charges=ecp_mod.cusp_charges(charges, ecp))


def nuclear_positions(mol: gto.Mole) -> np.ndarray:
    """(natm, 3) positions of the nuclei of `mol` (ghost atoms left out), bohr: `System.atoms`."""
    return np.asarray(mol.atom_coords(unit='Bohr'), dtype=np.float64)[basis_mod.real_atoms(mol)]
