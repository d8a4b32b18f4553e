Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
#Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
!Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
/Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
/Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
/Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
RMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
HMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
2Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
SMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
EMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
FMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
NMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
;Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
7Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
VMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
MMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
CMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
TMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
`Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
`Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
[Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
]Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
VMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
/Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
:Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
FMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
IMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
RMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
EMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
;Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
BMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
FMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
GMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
SMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
HMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
`Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
`Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
MMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
EMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
-Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
MMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
2Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
2Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
6Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
-Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
-Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
2Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
2Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
2Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
:Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
-Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
5Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
-Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
3Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
VMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
/Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
7Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
9Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
6Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
3Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
8Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
7Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
TMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
/Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
RMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
EMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
DMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
MMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
EMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
;Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
zMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
FMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
IMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
RMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
EMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
FMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
NMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
CMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
FMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
NMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
CMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
-Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
zMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
wMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
kMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
2Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
5Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
6Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
5Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
yMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
5Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
3Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
HMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
2Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
[Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
[Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
]Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
[Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
8Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
]Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
]Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
FMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
IMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
RMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
EMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
5Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
:Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
RMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
{Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
:Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
}Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
{Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
[Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
]Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
:Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
3Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
}Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
VMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
/Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
"Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
uMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
3Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
=Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
_Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
sMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
cMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
,Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
RMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
bMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
lMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
gMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
hMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
{Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
:Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
}Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
(Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
xMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
pMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
mMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
7Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
;Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
dMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
eMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
vMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
aMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
tMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
iMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
oMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
nMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
{Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
rMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
-Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
0Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
7Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
1Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
:Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
+Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
.Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
4Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
fMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
}Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
 Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
AMeasured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
'Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
)Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)

Measured 2026-11-22 (one core): with the tiny network below the 1-sigma force errors are 0.2-0.5
eV/A and the run ends at 0.7360 A after 30 steps (70 s), 0.005 A from experiment. (Before the
force estimator dropped the Assaraf-Caffarel term, which suits cusp-free wavefunctions but re-adds
a 1/r^2 singularity to FermiNet's, the errors were 5-17 eV/A and the run stopped at 0.77-0.80 A.)
