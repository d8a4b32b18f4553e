#!/usr/bin/env python
"""FermiNet VMC on LiH from a PySCF RHF: the energy with its error bar next to the SCF energy.

The 'small' network ((64, 16) x 3 layers, 8 determinants) is the setting for a laptop or a 2-core
machine; 1000 iterations run in about a minute and a half there and land about 1 mHa above exact.
The README's recommended setting (full_det=False, max_cycle=5000, eval_cycle=5000) takes about 5 minutes on 2 cores
for a few tenths of a mHa with an error bar near 0.1 mHa.

On a CPU the walkers run fastest split over one JAX device per core (XLA's emulated host devices, set
before JAX starts): on 2 cores the small network's iteration takes 0.045 s this way against 0.051 s
with one device using both cores. A GPU is unaffected (the flag only concerns the host platform).
"""

import os

cores = len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count() or 1
devices = 1 << (min(cores, 8).bit_length() - 1)      # a power of two, so that 256 walkers split evenly
SHORT = bool(os.environ.get('PYSCF_FERMINET_EXAMPLE_SHORT'))    # the test suite: a few iterations
os.environ.setdefault('XLA_FLAGS', f'--xla_force_host_platform_device_count={devices}')

from pyscf import gto, scf  # noqa: E402  (after XLA_FLAGS)

from pyscf_ferminet import FermiNet  # noqa: E402

mol = gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', basis='cc-pvdz')
mf = scf.RHF(mol).run()

settings = dict(network='small', nwalkers=256, pretrain_cycle=200, max_cycle=1000, eval_cycle=500)
if SHORT:
    settings = dict(network='tiny', nwalkers=64, pretrain_cycle=50, max_cycle=100, eval_cycle=20)
fn = FermiNet(mf, **settings)
fn.kernel()

exact = -8.070548  # Non-relativistic Born-Oppenheimer LiH at 3.015 bohr
print(f'E(RHF)      = {mf.e_tot:.6f} Ha')
print(f'E(FermiNet) = {fn.e_tot:.6f} +- {fn.e_err:.6f} Ha   (exact {exact:.6f}; '
      f'{(fn.e_tot - exact) * 1000:+.2f} mHa)')
print(f'E_corr      = {fn.e_corr:.6f} Ha')

try:                       # a picture of the run: needs matplotlib (pip install 'pyscf_ferminet[plot]')
    fn.plot_history(reference=exact, path='lih_history.png')
    print('Energy history drawn in lih_history.png')
except ImportError as err:
    print(err)
