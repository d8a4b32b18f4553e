#!/usr/bin/env python
"""
Properties of a FermiNet wavefunction as PySCF objects: the one-body density matrix in the AO basis
(with error bars), the dipole moment, Mulliken populations, natural orbitals and <S^2>.
"""

import os

import numpy as np
import scipy.linalg
from pyscf import gto, scf

from pyscf_ferminet import FermiNet

mol = gto.M(atom='Li 0 0 0; H 0 0 1.595', basis='cc-pvdz')
mf = scf.RHF(mol).run()

SHORT = bool(os.environ.get('PYSCF_FERMINET_EXAMPLE_SHORT'))    # the test suite: a few iterations
settings = dict(network='small', nwalkers=256, max_cycle=1000, prop_cycle=100)
if SHORT:
    settings = dict(network='small', nwalkers=256, max_cycle=20, eval_cycle=20, pretrain_cycle=300,
                    prop_cycle=10)
fn = FermiNet(mf, **settings)
fn.kernel()

dm = fn.make_rdm1()                              # (nao, nao), spin-summed, like mf.make_rdm1()
print('max error of the density matrix', abs(fn.rdm1_err).max())
print('electrons: trace(D S) =', np.trace(dm @ mol.intor_symmetric('int1e_ovlp')))

dip = fn.dip_moment()                            # Debye, printed as by scf.hf.dip_moment
print('dipole error (Debye)', fn.dip_err, ' SCF dipole', mf.dip_moment(verbose=0))
mf.mulliken_pop(mol, dm)                         # populations of the FermiNet density

# Natural orbitals: D C = S^-1 C n, i.e. (S D S) C = S C n.
s = mol.intor_symmetric('int1e_ovlp')
occ, no_coeff = scipy.linalg.eigh(s @ dm @ s, s)
print('natural occupations', occ[::-1][:6])

print('<S^2>, 2S+1 =', fn.spin_square())
fn.analyze()
