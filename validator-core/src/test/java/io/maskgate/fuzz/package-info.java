/**
 * Jazzer fuzz targets for the readers that take untrusted bytes: {@code zarr.json}, the codec pipeline, TIFF,
 * OME-XML, objects tables and the HuBMAP directory schema. Each target drives the entry point the validator uses
 * and asserts its contract: findings (or the documented empty result), never an unexpected exception or error.
 * Plain {@code mvn test} replays the seeds and saved crash inputs under {@code src/test/resources/io/maskgate/fuzz};
 * {@code -Pfuzz} or {@code benchmarks/fuzz.sh} fuzz them (see the README, "Fuzzing").
 */
package io.maskgate.fuzz;
