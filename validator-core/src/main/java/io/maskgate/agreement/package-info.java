/**
 * Hypothesis agreement: how stable a mask store's segmentation is across checkpoints. Objects of every hypothesis
 * are matched by IoU to a reference hypothesis frame by frame ({@link io.maskgate.agreement.FrameMatcher}), the
 * late hypotheses are compared among themselves to find ambiguous intervals, and the results are aggregated per
 * epoch, trench and time point ({@link io.maskgate.agreement.AgreementCollector}). The work runs inside the pixel
 * scan on the movies the kernel decoded ({@link io.maskgate.agreement.TrenchAgreement}), so no chunk is read twice.
 */
package io.maskgate.agreement;
