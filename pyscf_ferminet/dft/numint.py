"""PySCF face of the DM21-family functionals: a NumInt subclass and RKS/UKS/ROKS conveniences.

    from pyscf import gto, dft
    from pyscf_ferminet import dft as nndft
    mf = dft.RKS(mol); mf._numint = nndft.NeuralNumInt(nndft.Functional.DM21); mf.kernel()
    mf = nndft.RKS(mol, functional='DM21m').run()   # B3LYP start, settings below
    exc = nndft.xc_energy(mol, dm, 'DM21')

PySCF 2.x Kohn-Sham code calls ``_numint.nr_rks`` / ``nr_uks`` (through ``get_veff``) and asks
``_numint.libxc`` whether to add exact exchange or a non-local correlation term. DM21 carries its
(local) exact-exchange ingredients inside the network, so both answers are "no", whatever ``mf.xc``
says. Response properties (TDDFT, CPHF, stability, analytic gradients) are not implemented.
"""

import numpy as np
from pyscf import dft
from pyscf.dft import libxc as pyscf_libxc
from pyscf.lib import logger

from pyscf_ferminet.dft import local_exchange, network, xc

REFERENCE = ('J. Kirkpatrick et al., Pushing the frontiers of density functionals by solving the '
             'fractional electron problem, Science 374, 1385 (2021). Parameters: DeepMind, CC BY 4.0.')


class NeuralLibXC:
    """Answers the libxc queries PySCF makes about ``mf.xc`` for a DM21-family functional:
    a meta-GGA with no PySCF exact exchange and no non-local correlation. Other attributes are
    those of ``pyscf.dft.libxc``."""

    __name__ = 'pyscf_ferminet.dft (DM21 network in JAX)'
    __version__ = '1.0'
    __reference__ = REFERENCE

    def __init__(self, functional):
        self.functional = functional

    def is_hybrid_xc(self, xc_code):
        return False

    def is_nlc(self, xc_code):
        return False

    def is_meta_gga(self, xc_code):
        return True

    def is_gga(self, xc_code):
        return False

    def is_lda(self, xc_code):
        return False

    def xc_type(self, xc_code):
        return 'MGGA'

    def hybrid_coeff(self, xc_code, spin=0):
        return 0.0

    def rsh_coeff(self, xc_code):
        return 0.0, 0.0, 0.0

    def xc_reference(self, xc_code):
        return [f'{self.functional.value}: {REFERENCE}']

    def __getattr__(self, name):
        return getattr(pyscf_libxc, name)


class NeuralNumInt(dft.numint.NumInt):
    """Numerical integration of a DM21-family functional (``mf.xc`` is ignored).

    Attributes:
        functional : Functional
            DM21, DM21m, DM21mc or DM21mu (a name string is accepted).
        checkpoint_path : str or None
            Root of the checkpoints (holding DM21/, DM21m/, ...). Default:
            ``$PYSCF_FERMINET_DM21_PATH``, else the user cache filled by
            ``python -m pyscf_ferminet.dft.fetch`` (see ``checkpoint.checkpoint_dir``).
        dtype : str
            'float32' (default) or 'float64': the precision of the network's layers. Features,
            energy densities, sums and Fock matrices are float64 either way (see :mod:`.xc`).
        rho_cutoff : float
            Grid points with total density <= rho_cutoff (bohr^-3) skip the network (energy
            density and potential zero there). Default 1e-10; 0 evaluates every point.
        nu_max_memory : float or None
            The local-exchange integrals nu (2 x N_grid x nao^2 doubles) of as many grid blocks as
            PySCF's ``max_memory`` allows (the ``max_memory`` argument of ``nr_rks``/``nr_uks``,
            i.e. ``mf.max_memory`` less what the process holds) are kept across SCF cycles; the
            other blocks are contracted directly at every cycle without storing nu. This sets a
            further bound in MB (0: keep none). Default None (PySCF's ``max_memory`` only).
    """

    _keys = {'functional', 'checkpoint_path', 'dtype', 'rho_cutoff', 'nu_max_memory', 'params',
             'libxc'}

    def __init__(self, functional=network.Functional.DM21, checkpoint_path=None,
                 dtype='float32', nu_max_memory=None, rho_cutoff=xc.RHO_CUTOFF):
        super().__init__()
        if dtype not in ('float64', 'float32'):
            raise ValueError(f"dtype {dtype!r} not supported: use 'float64' or 'float32'")
        self.functional = network.Functional.from_name(functional)
        self.checkpoint_path = checkpoint_path
        self.dtype = dtype
        self.rho_cutoff = rho_cutoff
        self.params = network.load_params(self.functional, checkpoint_path)
        self.libxc = NeuralLibXC(self.functional)
        self._nu = local_exchange.ExchangeIntegrals(max_memory=nu_max_memory)

    @property
    def nu_max_memory(self):
        return self._nu.max_memory

    @nu_max_memory.setter
    def nu_max_memory(self, value):
        self._nu.max_memory = value

    # --- what PySCF's SCF path asks ---------------------------------------------------------------
    def hybrid_coeff(self, xc_code, spin=0):
        return 0.0

    def rsh_coeff(self, xc_code):
        return 0.0, 0.0, 0.0

    def rsh_and_hybrid_coeff(self, xc_code, spin=0):
        return 0.0, 0.0, 0.0

    def _xc_type(self, xc_code):
        return 'MGGA'

    def eval_exc(self, mol, grids, dms, with_fock=True, max_memory=None, spin_average=False,
                 verbose=None):
        """nelec (2,), E_xc (Eh) and dE_xc/dD_s (2, nao, nao) for one RKS or UKS density matrix.

        max_memory: MB this call may use beyond what the process holds (cached integrals
        included); None: ``mol.max_memory`` less the current use. spin_average: both entries of
        dE_xc/dD_s hold their average (RKS).
        """
        self._nu.verbose = mol.verbose if verbose is None else verbose
        self._nu.stdout = mol.stdout
        return xc.eval_xc(mol, grids, dms, self.params, nu_cache=self._nu, with_fock=with_fock,
                          dtype=self.dtype, rho_cutoff=self.rho_cutoff, max_memory=max_memory,
                          spin_average=spin_average, verbose=verbose)

    def nr_rks(self, mol, grids, xc_code, dms, relativity=0, hermi=1, max_memory=None,
               verbose=None):
        """PySCF's RKS entry point: returns nelec, E_xc and V_xc (nao, nao) (or stacked)."""
        dms = np.asarray(dms)
        if dms.ndim == 3:
            results = [self.nr_rks(mol, grids, xc_code, d, max_memory=max_memory, verbose=verbose)
                       for d in dms]
            return tuple(np.array(r) for r in zip(*results))
        nelec, exc, vxc = self.eval_exc(mol, grids, dms, max_memory=max_memory, spin_average=True,
                                        verbose=verbose)
        return nelec.sum(), exc, vxc[0]

    def nr_uks(self, mol, grids, xc_code, dms, relativity=0, hermi=1, max_memory=None,
               verbose=None):
        """PySCF's UKS/ROKS entry point: returns nelec (2,), E_xc, V_xc (2, nao, nao)."""
        dms = np.asarray(dms)
        if dms.ndim == 4:
            results = [self.nr_uks(mol, grids, xc_code, dms[:, i], max_memory=max_memory,
                                   verbose=verbose)
                       for i in range(dms.shape[1])]
            nelec, exc, vxc = zip(*results)
            return np.array(nelec).T, np.array(exc), np.stack(vxc, axis=1)
        return self.eval_exc(mol, grids, dms, max_memory=max_memory, verbose=verbose)

    def _not_pointwise(self, *args, **kwargs):
        raise NotImplementedError(
            'DM21 functionals depend on the density matrix through local Hartree-Fock exchange, '
            'not only on rho at a point: use NeuralNumInt.nr_rks/nr_uks (SCF energies and Fock '
            'matrices) or pyscf_ferminet.dft.xc_energy. Response properties (TDDFT, CPHF, '
            'gradients, stability analysis) are not implemented.')

    eval_xc = eval_xc_eff = nr_fxc = nr_rks_fxc = nr_uks_fxc = _not_pointwise
    nr_rks_fxc_st = cache_xc_kernel = cache_xc_kernel1 = get_fxc = _not_pointwise


def _default_grids(mol, level=3):
    grids = dft.gen_grid.Grids(mol)
    grids.level = level
    return grids.build()


def xc_energy(mol, dm, functional='DM21', grids=None, checkpoint_path=None, dtype='float32'):
    """E_xc (Eh) of a DM21-family functional for any density matrix.

    Args:
        mol: pyscf.gto.Mole.
        dm: RKS (nao, nao) total or UKS (2, nao, nao) spin density matrix in the AO basis,
            e.g. ``FermiNet.make_rdm1()``.
        functional: Functional or its name.
        grids: built pyscf.dft.gen_grid.Grids; default PySCF level 3.
    """
    ni = NeuralNumInt(functional, checkpoint_path=checkpoint_path, dtype=dtype, nu_max_memory=0)
    if grids is None:
        grids = _default_grids(mol)
    return ni.eval_exc(mol, grids, dm, with_fock=False)[1]


class _NeuralKSMixin:
    """Settings shared by the RKS/UKS/ROKS conveniences.

    Attributes:
        init_xc : str or None
            Functional of the SCF whose density starts the DM21 SCF (default 'B3LYP');
            None uses PySCF's usual initial guess.
        conv_tol, conv_tol_grad : float
            1e-6 Eh and 1e-3, looser than PySCF's defaults as in the DM21 release: the network's
            potential is not smooth enough for much tighter convergence in few cycles.
        conv_check : bool
            False: no extra SCF cycle after convergence (PySCF's default True would cost one more
            network evaluation, the most expensive step of a cycle).
    """

    def _setup(self, functional, checkpoint_path, dtype, init_xc):
        self._numint = NeuralNumInt(functional, checkpoint_path=checkpoint_path, dtype=dtype)
        self.xc = self._numint.functional.value
        self.init_xc = init_xc
        self.conv_tol = 1e-6
        self.conv_tol_grad = 1e-3
        self.conv_check = False
        self._keys = self._keys.union({'init_xc'})

    def get_init_guess(self, mol=None, key='minao', **kwargs):
        if not self.init_xc:
            return super().get_init_guess(mol, key, **kwargs)
        mol = mol or self.mol
        log = logger.new_logger(self)
        start = self._conventional_ks(mol)
        start.xc = self.init_xc
        start.grids = self.grids
        start.verbose = self.verbose - 1 if self.verbose > logger.NOTE else 0
        start.kernel()
        log.info('%s start: E = %.10f, converged = %s', self.init_xc, start.e_tot, start.converged)
        return start.make_rdm1()


class RKS(_NeuralKSMixin, dft.rks.RKS):
    """Closed-shell Kohn-Sham with a DM21-family functional (ROKS-like classes: see :class:`ROKS`)."""

    def __init__(self, mol, functional='DM21', checkpoint_path=None, dtype='float32',
                 init_xc='B3LYP'):
        dft.rks.RKS.__init__(self, mol)
        self._setup(functional, checkpoint_path, dtype, init_xc)

    def _conventional_ks(self, mol):
        return dft.rks.RKS(mol)


class UKS(_NeuralKSMixin, dft.uks.UKS):
    """Spin-unrestricted Kohn-Sham with a DM21-family functional."""

    def __init__(self, mol, functional='DM21', checkpoint_path=None, dtype='float32',
                 init_xc='B3LYP'):
        dft.uks.UKS.__init__(self, mol)
        self._setup(functional, checkpoint_path, dtype, init_xc)

    def _conventional_ks(self, mol):
        return dft.uks.UKS(mol)


class ROKS(_NeuralKSMixin, dft.roks.ROKS):
    """Restricted open-shell Kohn-Sham with a DM21-family functional."""

    def __init__(self, mol, functional='DM21', checkpoint_path=None, dtype='float32',
                 init_xc='B3LYP'):
        dft.roks.ROKS.__init__(self, mol)
        self._setup(functional, checkpoint_path, dtype, init_xc)

    def _conventional_ks(self, mol):
        return dft.roks.ROKS(mol)

