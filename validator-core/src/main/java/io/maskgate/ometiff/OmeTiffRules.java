package io.maskgate.ometiff;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleSet;

import java.util.List;

/**
 * The rules of the OME-TIFF masks area (codes {@code OMETIFF_*}), registered once in run order; the
 * metadata run list is the registered rules that are an {@link OmeTiffMetadataCheck}, the others are
 * raised by the file reader and the pixel analysis.
 */
public final class OmeTiffRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(
            // reading the file
            NotTiff::new, Corrupt::new, IfdLoop::new, UnsupportedCompression::new, LossyCompression::new,
            TooLarge::new, OmeXmlTooLarge::new, NoOmeXml::new, XmlInvalid::new,
            // metadata only, in the order they run
            SamplesPerPixel::new, PixelType::new, PixelTypeMismatch::new, PlaneSize::new, PyramidLayout::new,
            PlaneCount::new, TiffDataMapping::new, PhysicalSizeMissing::new, ChannelNames::new, UuidMismatch::new,
            UuidFileName::new, MultipleImages::new,
            // pyramid levels and pixels
            PyramidNotNearest::new, PyramidFactor::new, PyramidLevels::new, PyramidSubfileType::new,
            LabelSplit::new, NegativeLabel::new, EmptyMask::new, LabelLimit::new);

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }

    /** The rules that check metadata only, in the order they run. */
    static List<OmeTiffMetadataCheck> metadataChecks() {
        return RULES.fresh(OmeTiffMetadataCheck.class);
    }
}
