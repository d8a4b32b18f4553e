"""The nuclei the network and the Hamiltonian see: ghost atoms carry basis functions, not nuclei."""

import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import FermiNet, basis
from pyscf_ferminet import system as system_mod

H2 = 'H 0 0 0; H 0 0 1.4'
H2_EXACT = -1.1744757142


def test_ghost_atoms_are_basis_functions_without_a_nucleus():
    mol = gto.M(atom='ghost-H 0 0 -2; ' + H2 + '; X-H 0 1 4', unit='bohr', basis='cc-pvdz', verbose=0)
    mf = scf.RHF(mol).run()
    sysm = system_mod.build_system(mol, system_mod.scf_reference(mf))
    np.testing.assert_allclose(sysm.atoms, [[0, 0, 0], [0, 0, 1.4]])
    assert sysm.charges.tolist() == [1.0, 1.0] and sysm.symbols == ('H', 'H')
    # The SCF orbitals keep the ghost functions: evaluated with the nuclei alone, they match PySCF's.
    r = np.random.default_rng(0).normal(size=(20, 3)) * 2
    ours = basis.eval_mo(sysm.scf.ao, sysm.scf.coeff[0], jnp.asarray(r), jnp.asarray(sysm.atoms))
    np.testing.assert_allclose(ours, mol.eval_gto('GTOval_sph', r) @ sysm.scf.coeff[0], atol=1e-10)
    assert mf.mo_coeff.shape[0] == mol.nao > gto.M(atom=H2, unit='bohr', basis='cc-pvdz').nao


def test_distant_ghost_atom_leaves_the_energy_unchanged():
    """H2 with a ghost atom 3 bohr away (once -0.987 hartree, a division by the ghost's zero charge)."""
    energies = []
    for atom in (H2, H2 + '; ghost-H 0 3 0.7'):
        mol = gto.M(atom=atom, unit='bohr', basis='cc-pvdz', verbose=0)
        fn = FermiNet(scf.RHF(mol).run(), network='tiny', nwalkers=64, max_cycle=150, eval_cycle=60,
                      pretrain_cycle=30, seed=3, verbose=0)
        fn.kernel()
        energies.append((fn.e_tot, fn.e_err))
    (e0, s0), (e1, s1) = energies
    assert abs(e0 - e1) < 3 * np.hypot(s0, s1) + 1e-3, energies
    assert e1 < H2_EXACT + 0.02, energies


def test_ghost_atoms_only_are_refused():
    mol = gto.M(atom='ghost-H 0 0 0; ghost-H 0 0 1.4', unit='bohr', basis='cc-pvdz', verbose=0)
    with pytest.raises(ValueError, match='ghost atoms only'):
        FermiNet(mol)
