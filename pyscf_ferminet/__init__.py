"""pyscf_ferminet: FermiNet neural-network VMC and DM21 neural functionals for PySCF, in JAX.

    from pyscf_ferminet import FermiNet      # the VMC solver (pyscf_ferminet.solver)
    from pyscf_ferminet import dft           # DM21-family functionals as a PySCF NumInt
    from pyscf_ferminet.ase import FermiNetCalculator
"""

__version__ = '0.1.0'

__all__ = ['FermiNet', '__version__']


def __getattr__(name):
    # Imported lazily so that `pyscf_ferminet.dft` does not pay for the VMC stack.
    if name == 'FermiNet':
        from pyscf_ferminet.solver import FermiNet
        return FermiNet
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
