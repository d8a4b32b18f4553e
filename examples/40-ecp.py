#!/usr/bin/env python
"""FermiNet with an effective core potential: the molecule's own ECP is the Hamiltonian.

`mol.ecp` (here ccECP for every element, with its matching basis) is used as PySCF builds it: the
nuclei carry the effective charges Z - ncore, only the valence electrons are sampled (4 for carbon
instead of 6), the local channel and the non-local channels (by a randomly rotated 12-point angular
rule, `ecp_quadrature`) enter the local energy. The SCF determinant of the same molecule has exactly
mf.e_tot under this Hamiltonian, and FermiNet improves on it. Any ECP that PySCF reads works the same
way (named ones such as 'bfd' or 'lanl2dz', or a custom dictionary); ghost atoms ('ghost-H', 'X-H')
add basis functions without a nucleus.

The reference is the exact energy of the ccECP carbon atom (Annaberdiyev et al., J. Chem. Theory
Comput. 16, 1482 (2020)). These 1000 iterations are a first look; 20 minutes on 2 cores (about 8700
iterations, `python benchmarks/bench_ecp.py atoms --atoms C --minutes 20 pretrain_cycle=1000`) end
2.4 mHa above it, below single-determinant DMC.
"""

import os

from pyscf import gto, scf

from pyscf_ferminet import FermiNet

mol = gto.M(atom='C 0 0 0', spin=2, ecp='ccecp', basis='ccecp-cc-pvdz')
mf = scf.UHF(mol).run()

SHORT = bool(os.environ.get('PYSCF_FERMINET_EXAMPLE_SHORT'))    # the test suite: a few iterations
settings = dict(network='small', nwalkers=256, pretrain_cycle=200, max_cycle=1000, eval_cycle=500)
if SHORT:
    settings = dict(network='tiny', nwalkers=64, pretrain_cycle=100, max_cycle=40, eval_cycle=20)
fn = FermiNet(mf, **settings)
fn.kernel()

exact = -5.4175
print(f'valence electrons: {mol.nelec}, effective charge: {mol.atom_charges()}')
print(f'E(UHF)      = {mf.e_tot:.6f} Ha')
print(f'E(FermiNet) = {fn.e_tot:.6f} +- {fn.e_err:.6f} Ha   (exact {exact:.4f}; '
      f'{(fn.e_tot - exact) * 1000:+.2f} mHa)')
