"""Tests for pyscf_ferminet.basis against PySCF's own AO evaluator."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import basis as B

jax.config.update('jax_enable_x64', True)

TOL = 1e-10
N2 = 'N 0 0 0; N 0 0 1.1'
H2O = 'O 0 0 0; H 0 0.757 0.587; H 0 -0.757 0.587'


def _points(mol, n=40, seed=0):
    """Random points plus the nuclei themselves, (n + natm, 3) bohr."""
    r = np.random.default_rng(seed).normal(size=(n, 3)) * 1.5
    return np.concatenate([r, mol.atom_coords()])


@pytest.mark.parametrize('atom,basis,cart,lmax', [
    (N2, 'cc-pvtz', False, 3),      # f functions, general contraction (nctr=2)
    (N2, 'cc-pvtz', True, 3),
    (H2O, 'cc-pvqz', False, 4),     # g functions on O
    (H2O, 'def2-qzvp', True, 4),
    ('C 0 0 0; O 0 0 1.2', 'def2-tzvp', False, 3),
])
def test_eval_ao_matches_pyscf(atom, basis, cart, lmax):
    mol = gto.M(atom=atom, basis=basis, cart=cart, verbose=0)
    b = B.ao_basis_from_mol(mol)
    assert max(g.l for g in b.groups) == lmax
    assert b.nao == mol.nao
    r = _points(mol)
    ref = mol.eval_gto('GTOval_cart' if cart else 'GTOval_sph', r)
    val = jax.jit(lambda x: B.eval_ao(b, x))(r)
    assert val.shape == ref.shape
    assert np.abs(np.asarray(val) - ref).max() < TOL


def test_general_contraction_present():
    mol = gto.M(atom=N2, basis='cc-pvtz', verbose=0)
    assert mol._bas[:, gto.NCTR_OF].max() > 1
    b = B.ao_basis_from_mol(mol)
    assert b.groups[0].coeffs.shape[-1] > 1


def test_float32_and_batch_shape():
    mol = gto.M(atom=N2, basis='cc-pvdz', verbose=0)
    b = B.ao_basis_from_mol(mol)
    r = _points(mol, n=12).reshape(2, 7, 3)
    val = jax.jit(lambda x: B.eval_ao(b, x))(r.astype(np.float32))
    assert val.dtype == jnp.float32 and val.shape == (2, 7, mol.nao)
    ref = mol.eval_gto('GTOval_sph', r.reshape(-1, 3)).reshape(2, 7, -1)
    assert np.abs(np.asarray(val) - ref).max() < 1e-4 * np.abs(ref).max()


def test_gradient_matches_deriv1():
    mol = gto.M(atom=N2, basis='cc-pvtz', verbose=0)
    b = B.ao_basis_from_mol(mol)
    r = _points(mol, n=10)
    ref = mol.eval_gto('GTOval_sph_deriv1', r)                     # (4, npts, nao)
    jac = jax.jit(jax.vmap(jax.jacfwd(lambda x: B.eval_ao(b, x))))(r)      # (npts, nao, 3)
    assert np.abs(np.moveaxis(np.asarray(jac), -1, 0) - ref[1:]).max() < TOL
    # Second derivatives are finite at the nuclei.
    hess = jax.jit(jax.hessian(lambda x: B.eval_ao(b, x).sum()))(
        mol.atom_coords()[0])
    assert np.all(np.isfinite(hess))


def test_atoms_override_translates_orbitals():
    mol = gto.M(atom=H2O, basis='cc-pvtz', verbose=0)
    b = B.ao_basis_from_mol(mol)
    ev = jax.jit(lambda x, R=None: B.eval_ao(b, x, atoms=R))
    r = _points(mol, n=10)
    shift = np.array([[0.3, -0.2, 0.1], [0.0, 0.0, 0.0], [-0.1, 0.4, 0.2]])
    atoms = mol.atom_coords() + shift
    # Moving only the O nucleus moves its AOs: compare with PySCF at new geometry.
    moved = mol.set_geom_(atoms, unit='Bohr', inplace=False)
    ref = moved.eval_gto('GTOval_sph', r)
    assert np.abs(np.asarray(ev(r, atoms)) - ref).max() < TOL
    # Rigid translation of everything leaves the values unchanged.
    t = np.array([0.5, -1.0, 0.25])
    a = ev(r + t, mol.atom_coords() + t)
    assert np.abs(np.asarray(a) - np.asarray(ev(r, mol.atom_coords()))).max() < TOL
    # d/dR_atom is minus the electron gradient of the AOs on that atom.
    f = lambda R, x: B.eval_ao(b, x, atoms=R).sum()
    g_atoms, g_r = jax.jit(jax.grad(f, argnums=(0, 1)))(mol.atom_coords(), r[0])
    assert np.allclose(g_atoms.sum(0), -g_r, atol=TOL)


@pytest.fixture(scope='module')
def oh_radical():
    return gto.M(atom='O 0 0 0; H 0 0 1.8', unit='Bohr', basis='6-31g*', spin=1,
                 verbose=0)


_eval_mo = jax.jit(B.eval_mo, static_argnums=0)


def _check_mo(mol, coeff):
    b = B.ao_basis_from_mol(mol)
    r = _points(mol, n=20)
    ref = mol.eval_gto('GTOval_sph', r) @ coeff
    assert np.abs(np.asarray(_eval_mo(b, coeff, r)) - ref).max() < TOL


def test_eval_mo_rhf():
    mol = gto.M(atom=H2O, basis='6-31g*', verbose=0)
    mf = scf.RHF(mol).run()
    _check_mo(mol, mf.mo_coeff)


def test_eval_mo_rohf_and_uhf(oh_radical):
    mol = oh_radical
    mf = scf.ROHF(mol).run()
    na, nb = mol.nelec
    occ_a, occ_b = mf.mo_coeff[:, :na], mf.mo_coeff[:, :nb]
    assert np.all(mf.mo_occ[:nb] == 2) and np.all(mf.mo_occ[nb:na] == 1)
    _check_mo(mol, occ_a)
    _check_mo(mol, occ_b)
    uhf = scf.UHF(mol).run()
    _check_mo(mol, uhf.mo_coeff[0])
    _check_mo(mol, uhf.mo_coeff[1])
    # Slater determinant vs. numpy on the PySCF orbitals.
    b = B.ao_basis_from_mol(mol)
    f = jax.jit(B.slater_log_psi(b, occ_a, occ_b))
    x = np.random.default_rng(1).normal(size=(na + nb, 3))
    ao = mol.eval_gto('GTOval_sph', x)
    s1, l1 = np.linalg.slogdet(ao[:na] @ occ_a)
    s2, l2 = np.linalg.slogdet(ao[na:] @ occ_b)
    sign, logpsi = f(x.ravel())
    assert sign == s1 * s2 and abs(logpsi - (l1 + l2)) < 1e-9


def test_slater_antisymmetry(oh_radical):
    mol = oh_radical
    mf = scf.UHF(mol).run()
    na, nb = mol.nelec
    b = B.ao_basis_from_mol(mol)
    f = jax.jit(B.slater_log_psi(b, mf.mo_coeff[0][:, :na], mf.mo_coeff[1][:, :nb]))
    x = np.random.default_rng(2).normal(size=(na + nb, 3))
    s0, l0 = f(x.ravel())
    for i, j in [(0, 3), (na, na + 2)]:                 # an up pair, a down pair
        y = x.copy()
        y[[i, j]] = y[[j, i]]
        s, l = f(y.ravel())
        assert s == -s0 and abs(l - l0) < 1e-10
    # Swapping an up with a down electron is not an antisymmetry of psi.
    y = x.copy()
    y[[0, na]] = y[[na, 0]]
    assert abs(f(y.ravel())[1] - l0) > 1e-6


def test_slater_no_down_electrons():
    mol = gto.M(atom='H 0 0 0', basis='cc-pvdz', spin=1, verbose=0)
    mf = scf.UHF(mol).run()
    b = B.ao_basis_from_mol(mol)
    up, dn = mf.mo_coeff[0][:, :1], mf.mo_coeff[1][:, :0]
    f = jax.jit(B.slater_log_psi(b, up, dn))
    x = np.array([0.3, -0.2, 0.5])
    sign, logpsi = f(x)
    phi = (mol.eval_gto('GTOval_sph', x[None]) @ up)[0, 0]
    assert sign == np.sign(phi) and abs(logpsi - np.log(abs(phi))) < 1e-12
    # Li+ with two parallel spins: n_dn = 0, two-electron up determinant.
    li = gto.M(atom='Li 0 0 0', basis='6-31g', charge=1, spin=2, verbose=0)
    mf = scf.UHF(li).run()
    g = jax.jit(B.slater_log_psi(B.ao_basis_from_mol(li), mf.mo_coeff[0][:, :2],
                                 mf.mo_coeff[1][:, :0]))
    x = np.random.default_rng(3).normal(size=(2, 3))
    s0, l0 = g(x.ravel())
    s1, l1 = g(x[::-1].ravel())
    assert np.isfinite(l0) and s1 == -s0 and abs(l1 - l0) < 1e-10
    assert jax.jit(jax.grad(lambda y: g(y)[1]))(x.ravel()).shape == (6,)
