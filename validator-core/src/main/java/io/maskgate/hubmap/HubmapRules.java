package io.maskgate.hubmap;

import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the HuBMAP directory schemas, metadata and contributors TSVs area (codes {@code HUBMAP_*}). */
public final class HubmapRules implements RuleSet {

    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(
                // directory schema
                NotAllowed.class, RequiredMissing.class, DirectoryUnreadable.class,
                // reading a TSV
                TsvTooLarge.class, TsvEncoding.class, TsvSyntax.class, TsvRowWidth.class,
                // table structure and values
                EmptyHeader.class, DuplicateHeader.class, FieldMissing.class, FieldUnknown.class, DatasetTypeField.class,
                NoRows.class, ValueRequired.class, EnumValue.class, SchemaIdValue.class, ParentIdFormat.class,
                ProtocolDoiFormat.class, ProgramUrlFormat.class, PathFormat.class, OrcidFormat.class, OrcidChecksum.class,
                EmailFormat.class, NoContact.class,
                // the upload as a whole
                PathOutsideUpload.class, DataPathMissing.class, DataPathDuplicate.class, ContributorsMissing.class,
                UnreferencedEntry.class);
    }

    /** The checks of a parsed TSV, in report-independent order (findings are sorted later). */
    static List<TableCheck> tableChecks() {
        return List.of(new EmptyHeader(), new DuplicateHeader(), new FieldMissing(), new FieldUnknown(), new DatasetTypeField(),
                new NoRows(), new ValueRequired(), new EnumValue(), new SchemaIdValue(), new ParentIdFormat(),
                new ProtocolDoiFormat(), new ProgramUrlFormat(), new PathFormat(), new OrcidFormat(), new OrcidChecksum(),
                new EmailFormat(), new NoContact());
    }

    static List<UploadCheck> uploadChecks() {
        return List.of(new PathOutsideUpload(), new DataPathMissing(), new DataPathDuplicate(), new ContributorsMissing(),
                new UnreferencedEntry());
    }

    static void checkTable(TsvTable table, TableTemplate template, FindingSink sink) {
        for (TableCheck check : tableChecks()) {
            check.check(table, template, sink);
        }
    }
}
