"""pyscf_ferminet: FermiNet neural-network VMC and DM21 neural functionals for PySCF, in JAX."""

__version__ = '0.1.0'

from pyscf_ferminet.solver import FermiNet  # noqa: E402,F401
