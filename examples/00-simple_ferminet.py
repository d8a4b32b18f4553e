#!/usr/bin/env python
"""FermiNet VMC on LiH from a PySCF RHF: the energy with its error bar next to the SCF energy.

The 'small' network ((64, 16) x 3 layers, 8 determinants) is the setting for a laptop or a 2-core
machine; 1000 iterations run in a few minutes there and land a few mHa above exact. The README's
recommended setting (max_cycle=3000, eval_cycle=5000) takes about 5 minutes on 2 cores for a few
tenths of a mHa with an error bar near 0.1 mHa.
"""

from pyscf import gto, scf

from pyscf_ferminet import FermiNet

mol = gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', basis='cc-pvdz')
mf = scf.RHF(mol).run()

fn = FermiNet(mf, network='small', nwalkers=256, pretrain_cycle=200, max_cycle=1000, eval_cycle=500)
fn.kernel()

exact = -8.070548  # Non-relativistic Born-Oppenheimer LiH at 3.015 bohr
print(f'E(RHF)      = {mf.e_tot:.6f} Ha')
print(f'E(FermiNet) = {fn.e_tot:.6f} +- {fn.e_err:.6f} Ha   (exact {exact:.6f}; '
      f'{(fn.e_tot - exact) * 1000:+.2f} mHa)')
print(f'E_corr      = {fn.e_corr:.6f} Ha')
