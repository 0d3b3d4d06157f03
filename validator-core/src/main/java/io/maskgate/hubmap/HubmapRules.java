package io.maskgate.hubmap;

import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleSet;

import java.util.List;

/**
 * The rules of the HuBMAP directory schemas, metadata and contributors TSVs area (codes {@code HUBMAP_*}),
 * registered once in run order; the directory, table and upload run lists are the registered rules of
 * each check type.
 */
public final class HubmapRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(
            // directory schema
            DirectoryUnreadable::new, NotAllowed::new, RequiredMissing::new,
            // reading a TSV (raised by TsvReader)
            TsvTooLarge::new, TsvEncoding::new, TsvNul::new, TsvSyntax::new, TsvRowWidth::new,
            // table structure and values
            EmptyHeader::new, DuplicateHeader::new, FieldMissing::new, FieldUnknown::new, DatasetTypeField::new,
            NoRows::new, ValueRequired::new, EnumValue::new, SchemaIdValue::new, ParentIdFormat::new,
            ProtocolDoiFormat::new, ProgramUrlFormat::new, PathFormat::new, OrcidFormat::new, OrcidChecksum::new,
            EmailFormat::new, NoContact::new,
            // the upload as a whole
            PathOutsideUpload::new, DataPathMissing::new, DataPathDuplicate::new, ContributorsMissing::new,
            UnreferencedEntry::new);

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }

    /** The checks of a dataset's directory listing, in run order. */
    static List<DirectoryCheck> directoryChecks() {
        return RULES.fresh(DirectoryCheck.class);
    }

    /** The checks of a parsed TSV, in report-independent order (findings are sorted later). */
    static List<TableCheck> tableChecks() {
        return RULES.fresh(TableCheck.class);
    }

    static List<UploadCheck> uploadChecks() {
        return RULES.fresh(UploadCheck.class);
    }

    static void checkTable(TsvTable table, TableTemplate template, FindingSink sink) {
        for (TableCheck check : tableChecks()) {
            check.check(table, template, sink);
        }
    }
}
