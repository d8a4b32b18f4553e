"""Test configuration: 64-bit JAX for the checks that need it (tests pass explicit dtypes), two
emulated devices (patient collectives: see TWO_DEVICES), XLA set to compile fast, and a compilation
cache shared by the tests of one run.

Many tests build solvers with the same settings; each builds new jitted functions, which JAX's
in-memory cache does not share. The persistent cache is keyed by the compiled program, so identical
programs compile once per run. It lives in a fresh temporary directory, removed at exit.
"""

import atexit
import os
import shutil
import tempfile

# Collectives between emulated devices wait for each other on CPU threads: a device whose part of a
# long program (a force estimate over many batches) is starved of CPU by the other test worker and
# a subprocess can arrive later than XLA's default limit of 40 s, which aborts the process. The
# tests allow 10 minutes.
PATIENT_COLLECTIVES = ('--xla_cpu_collective_call_warn_stuck_timeout_seconds=120 '
                       '--xla_cpu_collective_call_terminate_timeout_seconds=600')
# The tests run tiny networks for a few iterations, so compiling is most of their time: XLA's CPU
# backend without LLVM optimisation and without its fusion emitters compiles about 40 % faster, and
# the programs it makes compute the same numbers.
FAST_COMPILE = ('--xla_backend_optimization_level=0 --xla_llvm_disable_expensive_passes=true '
                '--xla_cpu_use_fusion_emitters=false')
TWO_DEVICES = f'--xla_force_host_platform_device_count=2 {PATIENT_COLLECTIVES} {FAST_COMPILE}'
ONE_DEVICE = f'--xla_force_host_platform_device_count=1 {FAST_COMPILE}'
os.environ.setdefault('XLA_FLAGS', TWO_DEVICES)

import jax  # noqa: E402

jax.config.update('jax_enable_x64', True)

_CACHE = tempfile.mkdtemp(prefix='pyscf_ferminet_jax_cache_')
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
jax.config.update('jax_compilation_cache_dir', _CACHE)
jax.config.update('jax_persistent_cache_min_compile_time_secs', 0.0)
jax.config.update('jax_persistent_cache_min_entry_size_bytes', 0)
