"""`FermiNet`: the PySCF face of neural-network VMC. Settings and results live here; the math lives in
the modules below (wavefunction, hamiltonian, mcmc, optimize, pretrain, vmc), which see only arrays.
"""

from __future__ import annotations

import sys

import numpy as np
from pyscf import gto, lib
from pyscf.lib import logger

from pyscf_ferminet import system as system_mod
from pyscf_ferminet.settings import (BODY_SETTINGS, DEFAULT_LR, DEFAULT_MAX_NORM, NETWORK_PRESETS,
                                     PSIFORMER_PRESETS,
                                     AnsatzSettings, OptimSettings, PretrainSettings, SamplerSettings)


class FermiNet(lib.StreamObject):
    """FermiNet variational Monte Carlo: the ground state, or the k lowest states (nstates = k).

    `FermiNet(mf)` takes an RHF/ROHF/UHF object (or RKS/ROKS/UKS: their orbitals are used, with a note
    in the log), a `gto.Mole` (an RHF, or UHF for open shells, is run here), an `ase.Atoms` with
    `charge`, `spin` and `basis` keywords, or a CASCI/CASSCF object (`FermiNet(mc)`, pyscf.mcscf):
    the network is then pretrained to the CI expansion of root i (its `determinants` largest
    determinants) for state i, a multi-determinant start where one SCF determinant is a poor target
    (stretched bonds); the run needs mc.fcisolver.nroots >= nstates. Units: bohr and hartree.

    Attributes:
        nstates : int
            States computed at once (default 1, the ground state). With k > 1, the k lowest states
            by natural excited states VMC (Pfau et al., Science 2024; see states.py): state i is
            pretrained to the SCF determinant (i = 0) or to the i-th lowest excitation by
            orbital-energy gap (or to CAS root i, from a CASCI/CASSCF object); results are per
            state (e_tot (k,) ascending, e_err, e_exc, transition_dipole(), oscillator_strength(),
            spin_square(), analyze()). At fixed S_z the
            M_s = 0 parts of triplets appear too: choose k to cover whole degenerate manifolds.
        spin_penalty : float
            With nstates > 1: spin_penalty x S^2 is added to the local-energy matrix during the
            optimisation (not in the reported energies), pushing higher-spin states up (default 0:
            off; each state then costs n_alpha x n_beta more wavefunction evaluations per walker).
        pretrain_excitations : str
            With nstates > 1 from an SCF: the excited pretraining targets, 'singles' (default) or
            'singles+doubles' (both kinds ordered by their summed orbital-energy gaps; for states of
            double-excitation character).
        max_cycle : int
            Optimisation iterations (default 2000). A restart counts the iterations already done.
        max_time : float
            Wall-time limit of the optimisation in seconds (default None: none): it stops at the first
            log point past it (and writes the state file); the evaluation still runs. For runs of a
            fixed budget and for comparisons at equal time.
        eval_cycle : int
            Iterations with frozen parameters after the optimisation; e_tot and e_err come from them
            (default 200).
        pretrain_cycle : int
            Steps fitting the network orbitals to the SCF orbitals (default 200; 0 skips).
        nwalkers : int
            MCMC walkers, split evenly over all devices (default 256).
        ansatz : str
            'ferminet' (default: one- and two-electron streams, Pfau et al. 2020) or 'psiformer'
            (self-attention over electrons, von Glehn et al. 2023). Both use the envelopes, Jastrow,
            cusp form, determinant form, pretraining, sampler and optimisers below.
        network : str
            Size preset of the ansatz. FermiNet: 'default' ((256, 32) x 4 layers, 16 determinants, the
            published size), 'small' ((64, 16) x 3, 8 determinants: the laptop setting) or 'tiny'
            (tests). Psiformer: 'default' (4 layers, 4 heads of 64, width 256, 16 determinants, the
            published size), 'small' (3 layers, 4 heads of 16, 8 determinants) or 'tiny' (2 layers,
            2 heads of 8, 2 determinants).
        hidden_dims : FermiNet: override the preset's ((one-electron, two-electron width), ...)
            (None: preset).
        attention_layers, heads, width : Psiformer: override the preset's layer count, heads per
            layer and stream width (a multiple of heads) (None: preset).
        layer_norm : bool
            Psiformer: layer norm before each attention and MLP (default True).
        determinants : override the preset's determinant count (None: preset).
        full_det : bool
            One determinant over all electrons (default) or spin-block determinants.
        envelope : str
            'isotropic' (default) or 'full' (anisotropic).
        cusp : str
            'exact' (default): inputs and envelopes are smooth where particles meet, and explicit
            factors give the electron-nucleus (and, with jastrow='ee', electron-electron) cusps
            exactly, which removes the rare huge local energies near nuclei. 'learned': the
            reference FermiNet, whose |r| inputs and exponential envelopes learn the cusps.
        jastrow : str
            'ee' (electron-electron cusp factor, default) or 'none'.
        scf_envelopes : bool
            Initialise envelopes from the SCF orbitals (default True).
        optimizer : str
            'spring' (default), 'minsr', 'adam' or 'kfac'.
        lr : float or None
            Learning rate at t = 0; None takes the optimiser's default (settings.DEFAULT_LR:
            0.05 for spring/minsr/kfac, 1e-3 for adam).
        max_norm : float or None
            Step-norm bound; None takes the optimiser's default (settings.DEFAULT_MAX_NORM: 1e-3 for
            spring/minsr, 0.1 for kfac and adam).
        lr_delay, clip_width, damping, momentum : optimiser settings (see OptimSettings).
        mcmc_steps : int
            Metropolis steps per iteration (default 10).
        mcmc_moves : str
            'scaled' (default: each electron's move width is proportional to its distance to the
            nearest nucleus) or 'uniform' (one width for all electrons).
        mcmc_width, target_acceptance, burn_in : sampler settings (see SamplerSettings).
        pretrain_lr, pretrain_scf_fraction : pretraining settings (see PretrainSettings).
        laplacian : str
            'auto' (default): 'folx-sparse' from 12 (valence) electrons on, 'folx' below.
            'folx': the forward Laplacian; 'folx-sparse': the same, carrying the tangents of
            features that depend on few electrons as sparse (2x faster per iteration at 16
            electrons, slower below about 12); 'hessian': the trace of the Hessian.
        energy_chunks : int
            The walkers' local energies are computed in this many sequential chunks (default 1: all
            at once). The forward Laplacian carries 3 N tangents through the network for every
            walker, so its memory grows as walkers x N^2 (N electrons); raise this when a large
            molecule runs out of memory: the same numbers, somewhat slower. nwalkers must be a
            multiple of energy_chunks x the number of devices.
        ecp_quadrature : int
            With an ECP (`mol.ecp`, used as PySCF builds it): points of the angular rule of its
            non-local channels, randomly rotated per electron and step: 12 (icosahedron, exact to
            degree 5, default) or a Lebedev grid size (6, 14, 26, 38, 50, ...). Each point costs one
            wavefunction evaluation per valence electron and ECP atom.
        precision : str
            'float32' (default) or 'float64' (turns on JAX's 64-bit mode for the process).
        seed : int
            Seeds everything: the same seed gives the same energies.
        chkfile : str or None
            Results are written to it as a PySCF chkfile (key 'ferminet'); the training state goes to
            `chkfile + '.state'` every `chk_interval` seconds and at the end, and `kernel()` resumes
            from it when it exists. The state records the ansatz (its kind and sizes, determinants,
            determinant form, envelope, Jastrow, cusp form), the walker count, precision and optimiser; resuming
            with any of them changed raises a ValueError that names the setting.
        chk_interval : float
            Seconds between state checkpoints (default 300).
        log_every : int
            Iterations between progress lines (default 20).
        conv_tol : float
            See `converged`.
        scan_cycle : int
            Optimisation iterations at each warm-started geometry of `as_scanner()` (default 200).
        prop_cycle : int
            Batches of walkers (`mcmc_steps` apart, parameters frozen) for the Monte Carlo properties:
            make_rdm1, dip_moment, spin_square, Gradients (default 50).
        rdm1_aux : int
            Auxiliary points per walker in the density-matrix estimator (default 8).

    Results (after kernel):
        e_tot, e_err : energy and its 1-sigma error, hartree, from the evaluation phase: reblocked
            over iterations, or with eval_cycle < 4 the spread over walkers (a warning says so).
            With nstates = k: (k,) arrays, the eigenvalues of the averaged local-energy matrix
            in ascending order, errors by first-order perturbation, reblocked.
        e_exc, e_exc_err : (k,) excitation energies e_tot - e_tot[0] and their errors (reblocked on
            the difference), hartree (nstates > 1 only).
        e_corr : e_tot minus the SCF energy.
        converged : True when every energy was finite and the optimisation had levelled off: the mean
            training energy of the last 10% of iterations differs from that of the 10% before by less
            than max(conv_tol, 3 sigma of that difference).
        e_hist : record array per optimisation iteration: energy, variance, acceptance, width (with
            nstates > 1: energy is the trace of the averaged local-energy matrix, and the field
            energy_matrix holds that (k, k) matrix).
        e_eval : record array per evaluation iteration.
    """

    # Settings a caller may pass as keywords; _keys adds the inputs and results PySCF should know.
    _settings = frozenset({
        'max_cycle', 'eval_cycle', 'pretrain_cycle', 'nwalkers', 'ansatz', 'network', 'hidden_dims',
        'attention_layers', 'heads', 'width', 'layer_norm', 'determinants', 'full_det', 'envelope', 'jastrow', 'cusp', 'scf_envelopes', 'optimizer', 'lr',
        'lr_delay', 'clip_width', 'damping', 'momentum', 'max_norm', 'mcmc_steps', 'mcmc_width',
        'mcmc_moves', 'target_acceptance', 'burn_in', 'pretrain_lr', 'pretrain_scf_fraction',
        'laplacian', 'ecp_quadrature', 'precision', 'seed', 'chkfile', 'chk_interval', 'log_every',
        'conv_tol', 'verbose', 'scan_cycle', 'prop_cycle', 'rdm1_aux', 'nstates', 'spin_penalty',
        'pretrain_excitations', 'max_time', 'energy_chunks',
    })
    _keys = set(_settings) | {
        'mol', 'mf', 'system', 'stdout', 'max_memory', 'e_tot', 'e_err', 'e_corr', 'converged',
        'e_hist', 'e_eval', 'pretrain_loss', 'state', 'timings', 'warm_start', 'e_exc', 'e_exc_err',
        'mc',
    }

    def __init__(self, obj, charge=0, spin=0, basis='cc-pvdz', **settings):
        is_atoms = hasattr(obj, 'get_positions') and hasattr(obj, 'get_chemical_symbols')
        if not is_atoms and (hasattr(obj, 'lattice_vectors') or hasattr(obj, 'cell')):
            raise NotImplementedError(
                f'{type(obj).__name__} is periodic; FermiNet treats finite molecules only. '
                'Build a gto.Mole (pyscf.gto.M) for a molecule or cluster.')
        mc = None
        if isinstance(obj, gto.Mole):
            mol, mf = obj, None
        elif system_mod.is_casci(obj):
            mc, mf = obj, obj._scf
            system_mod.scf_kind(mf)
            mol = obj.mol
        elif is_atoms:
            mol, mf = system_mod.mol_from_atoms(obj, charge=charge, spin=spin, basis=basis), None
        elif hasattr(obj, 'mol') and hasattr(obj, 'mo_coeff'):
            system_mod.scf_kind(obj)              # fails early on GHF, DHF, periodic objects
            mol, mf = obj.mol, obj
        else:
            raise TypeError(f'FermiNet takes a PySCF SCF object, a gto.Mole or an ase.Atoms; got '
                            f'{type(obj).__name__}.')
        system_mod.check_mol(mol)
        self.mol = mol
        self.mf = mf
        self.mc = mc               # CASCI/CASSCF whose roots are the pretraining targets, or None
        self.stdout = mol.stdout
        self.verbose = mol.verbose
        self.max_memory = mol.max_memory

        self.nstates = 1
        self.spin_penalty = 0.0
        self.pretrain_excitations = 'singles'
        self.max_cycle = 2000
        self.max_time = None
        self.eval_cycle = 200
        self.pretrain_cycle = 200
        self.nwalkers = 256
        self.ansatz = 'ferminet'
        self.network = 'default'
        self.hidden_dims = None
        self.attention_layers = self.heads = self.width = None
        self.layer_norm = True
        self.determinants = None
        self.full_det = True
        self.envelope = 'isotropic'
        self.jastrow = 'ee'
        self.cusp = 'exact'
        self.scf_envelopes = True
        self.optimizer = 'spring'
        o = OptimSettings()
        self.lr, self.lr_delay, self.clip_width = None, o.lr_delay, o.clip_width
        self.damping, self.momentum, self.max_norm = o.damping, o.momentum, None
        s = SamplerSettings()
        self.mcmc_steps, self.mcmc_width, self.mcmc_moves = s.steps, s.init_width, s.moves
        self.target_acceptance, self.burn_in = s.target_acceptance, s.burn_in
        p = PretrainSettings()
        self.pretrain_lr, self.pretrain_scf_fraction = p.lr, p.scf_fraction
        self.laplacian = 'auto'
        self.energy_chunks = 1
        self.ecp_quadrature = 12
        self.precision = 'float32'
        self.seed = 0
        self.chkfile = None
        self.chk_interval = 300.0
        self.log_every = 20
        self.conv_tol = 1e-3
        self.scan_cycle = 200
        self.prop_cycle = 50
        self.rdm1_aux = 8

        self.system = None
        self.e_tot = self.e_err = self.e_corr = self.e_exc = self.e_exc_err = None
        self.converged = False
        self.e_hist = self.e_eval = self.pretrain_loss = None
        self.state = None
        self.timings = {}
        self.warm_start = None     # {'params', 'x', 'width'}: start from these instead of pretraining
        for key, value in settings.items():
            if key not in self._settings:
                raise TypeError(f'FermiNet got an unknown setting {key!r}; known settings: '
                                f'{sorted(self._settings)}.')
            setattr(self, key, value)

    # ---- settings --------------------------------------------------------------------------------
    def ansatz_settings(self) -> AnsatzSettings:
        if self.ansatz not in BODY_SETTINGS:
            raise ValueError(f'ansatz = {self.ansatz!r} is not a valid value; choose one of '
                             f'{sorted(BODY_SETTINGS)}.')
        presets = PSIFORMER_PRESETS if self.ansatz == 'psiformer' else NETWORK_PRESETS
        if self.network not in presets:
            raise ValueError(f'network = {self.network!r}: choose one of {sorted(presets)} '
                             '(or override its sizes).')
        for kind, names in BODY_SETTINGS.items():     # sizes of the other body would be ignored silently
            for name in names:
                if kind != self.ansatz and name != 'layer_norm' and getattr(self, name) is not None:
                    raise ValueError(f'{name} = {getattr(self, name)!r} sets the {kind} ansatz, but '
                                     f'ansatz = {self.ansatz!r}: set ansatz = {kind!r} or {name} = None.')
        sizes = {name: getattr(self, name) for name in ('hidden_dims', 'attention_layers', 'heads',
                                                        'width', 'determinants')}
        sizes = {name: presets[self.network][name] if value is None else value
                 for name, value in sizes.items() if value is not None or name in presets[self.network]}
        return AnsatzSettings(
            ansatz=self.ansatz, layer_norm=self.layer_norm, **sizes,
            full_det=bool(self.full_det), envelope=self.envelope, jastrow=self.jastrow,
            cusp=self.cusp,
            scf_envelopes=bool(self.scf_envelopes))

    def optim_settings(self) -> OptimSettings:
        lr = DEFAULT_LR.get(self.optimizer, 0.0) if self.lr is None else self.lr
        max_norm = DEFAULT_MAX_NORM.get(self.optimizer, 0.0) if self.max_norm is None else self.max_norm
        return OptimSettings(name=self.optimizer, lr=lr, lr_delay=self.lr_delay,
                             clip_width=self.clip_width, damping=self.damping, momentum=self.momentum,
                             max_norm=max_norm)

    def sampler_settings(self) -> SamplerSettings:
        return SamplerSettings(steps=self.mcmc_steps, init_width=self.mcmc_width, moves=self.mcmc_moves,
                               target_acceptance=self.target_acceptance, burn_in=self.burn_in)

    def pretrain_settings(self) -> PretrainSettings:
        return PretrainSettings(steps=self.pretrain_cycle, lr=self.pretrain_lr,
                                scf_fraction=self.pretrain_scf_fraction)

    def check_sanity(self):
        """PySCF's check (it warns about misspelt attributes, such as `max_cylce`), then the values."""
        lib.StreamObject.check_sanity(self)
        for name in ('max_cycle', 'eval_cycle', 'nwalkers', 'nstates', 'energy_chunks'):
            value = getattr(self, name)
            if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value < 1:
                raise ValueError(f'{name} = {value!r} must be a positive integer.')
        number = isinstance(self.max_time, (int, float, np.integer, np.floating)) and \
            not isinstance(self.max_time, bool)
        if self.max_time is not None and (not number or self.max_time <= 0):
            raise ValueError(f'max_time = {self.max_time!r} must be a number of seconds > 0 (or None).')
        if self.precision not in ('float32', 'float64'):
            raise ValueError(f"precision = {self.precision!r}: choose 'float32' or 'float64'.")
        if not isinstance(self.spin_penalty, (int, float)) or self.spin_penalty < 0:
            raise ValueError(f'spin_penalty = {self.spin_penalty!r} must be a number >= 0.')
        if self.spin_penalty and self.nstates == 1:
            raise ValueError('spin_penalty applies to runs of several states (nstates > 1); '
                             'set nstates or spin_penalty = 0.')
        if self.laplacian not in ('auto', 'folx', 'folx-sparse', 'hessian'):
            raise ValueError(f"laplacian = {self.laplacian!r}: choose 'auto', 'folx', 'folx-sparse' or "
                             "'hessian'.")
        if self.pretrain_excitations not in ('singles', 'singles+doubles'):
            raise ValueError(f"pretrain_excitations = {self.pretrain_excitations!r}: choose 'singles' "
                             "or 'singles+doubles'.")
        if self.mc is not None:
            from pyscf_ferminet.system import cas_roots
            roots = cas_roots(self.mc)                          # raises when the CAS has not been run
            if len(roots) < self.nstates:
                raise ValueError(f'nstates = {self.nstates}, but the {type(self.mc).__name__} object has '
                                 f'{len(roots)} root(s): set mc.fcisolver.nroots >= {self.nstates} (for '
                                 'CASSCF, state-average over them: mc.state_average_([1 / k] * k)) and '
                                 'run it again, or lower nstates.')
        if self.mol.has_ecp():
            from pyscf_ferminet.ecp import angular_rule
            angular_rule(self.ecp_quadrature)                   # raises naming the choices
        self.ansatz_settings(), self.optim_settings(), self.sampler_settings(), self.pretrain_settings()
        from pyscf_ferminet.driver import check_chkfile_writable
        check_chkfile_writable(self.chkfile)           # before the run, not at its first save
        return self

    def dump_flags(self, verbose=None):
        log = logger.new_logger(self, verbose)
        a = self.ansatz_settings()
        log.info('')
        log.info('******** %s ********', self.__class__)
        log.info('molecule: %d atoms, nelec (alpha, beta) = %s', self.mol.natm, self.mol.nelec)
        if self.mol.has_ecp():
            log.info('ECP on %s (%d core electrons), angular rule of %d points',
                     ', '.join(sorted(self.mol._ecp)), sum(self.mol.atom_nelec_core(i)
                                                           for i in range(self.mol.natm)),
                     self.ecp_quadrature)
        if a.ansatz == 'psiformer':
            log.info('ansatz = psiformer, network = %s: attention_layers = %d, heads = %d, width = %d, '
                     'layer_norm = %s, determinants = %d, full_det = %s', self.network,
                     a.attention_layers, a.heads, a.width, a.layer_norm, a.determinants, a.full_det)
        else:
            log.info('ansatz = ferminet, network = %s: hidden_dims = %s, determinants = %d, full_det = %s',
                     self.network, a.hidden_dims, a.determinants, a.full_det)
        log.info('envelope = %s (from SCF: %s), jastrow = %s, cusp = %s', a.envelope, a.scf_envelopes,
                 a.jastrow, a.cusp)
        o = self.optim_settings()
        log.info('optimizer = %s, lr = %g / (1 + t / %g), clip_width = %g, damping = %g, momentum = %g, '
                 'max_norm = %g', o.name, o.lr, o.lr_delay, o.clip_width, o.damping, o.momentum, o.max_norm)
        log.info('nwalkers = %d, mcmc_steps = %d, burn_in = %d, target_acceptance = %g', self.nwalkers,
                 self.mcmc_steps, self.burn_in, self.target_acceptance)
        log.info('max_cycle = %d, max_time = %s s, eval_cycle = %d, pretrain_cycle = %d, nstates = %d, '
                 'spin_penalty = %g', self.max_cycle, self.max_time, self.eval_cycle, self.pretrain_cycle,
                 self.nstates, self.spin_penalty)
        from pyscf_ferminet import hamiltonian
        chosen = ('' if self.laplacian != 'auto' or self.system is None else
                  f' ({hamiltonian.choose_laplacian("auto", sum(self.system.nspins))})')
        log.info('laplacian = %s%s, precision = %s, seed = %d', self.laplacian, chosen, self.precision,
                 self.seed)
        log.info('chkfile = %s', self.chkfile)
        import jax
        log.info('JAX devices (the walkers are split over them): %d x %s', jax.device_count(),
                 jax.default_backend())
        return self

    # ---- the run ---------------------------------------------------------------------------------
    def build(self):
        """Runs the SCF if needed and builds the `System` (idempotent)."""
        if self.system is None:
            log = logger.new_logger(self)
            mf = self.mf if self.mf is not None else system_mod.default_scf(self.mol)
            if self.mf is None:
                mf.verbose = self.verbose if self.verbose > logger.NOTE else 0
                mf.stdout = self.stdout
                mf.kernel()
                log.note('SCF (%s) for FermiNet: E = %.10f', type(mf).__name__, mf.e_tot)
                self.mf = mf
            self.system = system_mod.build_system(self.mol, system_mod.scf_reference(mf, log))
        return self

    def kernel(self):
        from pyscf_ferminet import driver
        self.check_sanity()
        self.build()
        self.dump_flags()
        return driver.kernel(self)

    @property
    def e_scf(self):
        return None if self.system is None else self.system.scf.e_tot

    @property
    def state_file(self):
        return None if not self.chkfile else self.chkfile + '.state'

    def _finalize(self):
        log = logger.new_logger(self)
        if self.nstates > 1:
            from pyscf.data import nist
            for n, (e, err) in enumerate(zip(self.e_tot, self.e_err)):
                log.note('E(FermiNet state %d) = %.8f +- %.8f  excitation %.4f +- %.4f eV', n, e, err,
                         self.e_exc[n] * nist.HARTREE2EV, self.e_exc_err[n] * nist.HARTREE2EV)
            log.note('converged = %s', self.converged)
            return self
        log.note('E(FermiNet) = %.8f +- %.8f  E_corr = %.8f  (SCF %.8f)  converged = %s', self.e_tot,
                 self.e_err, self.e_corr, self.e_scf, self.converged)
        return self

    def progress_bar(self, total, label):
        """A tqdm bar (iterations per second, time left) on stderr when it is a terminal and verbose >=
        NOTE; disabled otherwise, so logs and pipes get nothing extra."""
        from tqdm import tqdm
        return tqdm(total=total, desc=label, unit='it', leave=False, dynamic_ncols=True,
                    disable=self.verbose < logger.NOTE or not sys.stderr.isatty())

    def reset(self, mol=None):
        if mol is not None:
            self.mol = mol
        self.system = None
        return self

    def dump_chk(self, chkfile=None):
        """Writes e_tot, e_err, e_corr, converged, the histories (and rdm1 / gradients when computed)
        to a PySCF chkfile under the key 'ferminet', atomically."""
        from pyscf_ferminet import driver
        chkfile = chkfile or self.chkfile
        if chkfile:
            driver.dump_results(self, chkfile)
        return self

    def __repr__(self):
        return f'<FermiNet {self.mol.atom!r} e_tot={self.e_tot}>'

    # ---- properties (results as PySCF objects) ----
    # Monte Carlo estimates from the optimised wavefunction (see observables.py, gradients.py,
    # scanner.py); each is computed once per kernel() and its error kept beside it. With an ECP the
    # density matrix is that of the valence electrons, and the dipole counts each core with its
    # nucleus as the point charge Z - ncore (as PySCF's own dipole of an ECP molecule).
    def _ground_state_only(self, what):
        if self.nstates > 1:
            raise NotImplementedError(f'{what} is implemented for nstates = 1 only (this solver has '
                                      f'nstates = {self.nstates}).')

    def make_rdm1s(self, with_error=False):
        """(alpha, beta) density matrices (2, nao, nao) in the AO basis; with_error: also their errors."""
        from pyscf_ferminet import observables
        self._ground_state_only('make_rdm1s')
        r = observables.cached_rdm1(self)
        return (r.dm, r.err) if with_error else r.dm

    def make_rdm1(self, with_error=False):
        """Spin-summed density matrix (nao, nao), like mf.make_rdm1(); its error goes to rdm1_err."""
        from pyscf_ferminet import observables
        self._ground_state_only('make_rdm1')
        observables.cached_rdm1(self)
        return (self._rdm1, self._rdm1_err) if with_error else self._rdm1

    @property
    def rdm1_err(self):
        return getattr(self, '_rdm1_err', None)

    @property
    def dip_err(self):
        return getattr(self, '_dip_err', None)

    @property
    def spin_square_err(self):
        return getattr(self, '_ss_err', None)

    def dip_moment(self, mol=None, dm=None, unit='Debye', verbose=logger.NOTE, **kwargs):
        """Dipole (3,) of the FermiNet density, as scf.hf.dip_moment; its error goes to dip_err."""
        from pyscf_ferminet import observables
        self._ground_state_only('dip_moment (use transition_dipole for several states)')
        return observables.solver_dip_moment(self, mol, dm, unit, verbose)

    def spin_square(self):
        """(<S^2>, 2S+1), like mf.spin_square(); the error of <S^2> goes to spin_square_err.
        With nstates > 1: per state, (k,) arrays."""
        from pyscf_ferminet import observables
        if self.nstates > 1:
            from pyscf_ferminet import excited
            p = excited.state_properties(self)
            self._ss_err = p.s2_err
            return p.s2, np.sqrt(1.0 + 4.0 * np.maximum(p.s2, -0.25))
        ss, mult, self._ss_err = observables.solver_spin_square(self)
        return ss, mult

    def transition_dipole(self):
        """(k - 1, 3) transition dipoles <0|sum_i r_i|n>, bohr (electrons counted +1), n = 1..k-1, in
        the states' eigenbasis (as PySCF's TDDFT transition_dipole); errors (jackknife, of the
        components' magnitudes) in transition_dipole_err. States degenerate within the noise form one
        level (`states.manifolds`), reported in the basis of its principal axes (p_x, p_y, p_z for a
        P level; see `states.transition_dipoles`): sums over the level are basis-independent."""
        from pyscf_ferminet import excited
        if self.nstates < 2:
            raise RuntimeError('transition_dipole needs nstates >= 2.')
        p = excited.state_properties(self)
        self._trans_dip_err = p.trans_dip_err[1:]
        return p.trans_dip[1:]

    @property
    def transition_dipole_err(self):
        return getattr(self, '_trans_dip_err', None)

    def oscillator_strength(self):
        """(k - 1,) oscillator strengths f_0n = 2/3 (E_n - E_0) |<0|d|n>|^2 (length gauge) from the
        lowest state, as PySCF's TDDFT oscillator_strength(gauge='length')."""
        from pyscf_ferminet import excited
        return excited.oscillator_strengths(self.e_exc, np.vstack([np.zeros(3), self.transition_dipole()]))

    def Gradients(self):
        if self.nstates > 1:
            raise NotImplementedError(f'Nuclear gradients of excited states are not implemented '
                                      f'(nstates = {self.nstates}); use nstates = 1 for forces.')
        from pyscf_ferminet.gradients import Gradients
        return Gradients(self)

    nuc_grad_method = Gradients

    def as_scanner(self):
        from pyscf_ferminet.scanner import as_scanner
        return as_scanner(self)

    def analyze(self, verbose=None):
        """Energy with error, correlation energy, dipole and Mulliken populations of the FermiNet density."""
        from pyscf_ferminet import observables
        if self.nstates > 1:
            from pyscf_ferminet import excited
            return excited.analyze(self, verbose)
        return observables.solver_analyze(self, verbose)

    def plot_history(self, reference=None, ax=None, path=None):
        """Training energy, SCF (and `reference`) energies, evaluation e_tot +- e_err; matplotlib Axes
        (see plot.plot_history; needs the [plot] extra)."""
        from pyscf_ferminet.plot import plot_history
        return plot_history(self, reference, ax, path)
    # ---- end properties ----
