package io.maskgate.engine;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The target is neither a Zarr mask store, a HuBMAP upload or dataset, nor an OME-TIFF. */
@RuleInfo(code = "INPUT_UNRECOGNISED_TARGET", severity = Severity.ERROR, category = Category.INPUT,
        summary = "The target must be a Zarr v3 mask store, a HuBMAP upload or dataset directory, or an OME-TIFF file.",
        hint = "Point maskgate at the store folder (the one holding zarr.json), the upload folder (holding *metadata.tsv), a dataset folder (holding derived/) or a .ome.tiff file.")
public final class UnrecognisedTarget implements Rule {
}
