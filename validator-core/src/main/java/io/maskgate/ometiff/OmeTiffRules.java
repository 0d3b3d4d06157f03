package io.maskgate.ometiff;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the OME-TIFF masks area (codes {@code OMETIFF_*}). */
public final class OmeTiffRules implements RuleSet {

    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(NotTiff.class, Corrupt.class, IfdLoop.class, UnsupportedCompression.class, LossyCompression.class,
                TooLarge.class, NoOmeXml.class, XmlInvalid.class, PhysicalSizeMissing.class, PlaneCount.class,
                TiffDataMapping.class, ChannelNames.class, UuidMismatch.class, UuidFileName.class, PixelType.class,
                PixelTypeMismatch.class, PlaneSize.class, SamplesPerPixel.class, MultipleImages.class, PyramidLayout.class,
                PyramidNotNearest.class, PyramidFactor.class, PyramidLevels.class, PyramidSubfileType.class,
                LabelSplit.class, NegativeLabel.class, EmptyMask.class, LabelLimit.class);
    }

    /** The rules that check metadata only, in the order they run. */
    static List<OmeTiffMetadataCheck> metadataChecks() {
        return List.of(new SamplesPerPixel(), new PixelType(), new PixelTypeMismatch(), new PlaneSize(), new PyramidLayout(),
                new PlaneCount(), new TiffDataMapping(), new PhysicalSizeMissing(), new ChannelNames(), new UuidMismatch(),
                new UuidFileName(), new MultipleImages());
    }
}
