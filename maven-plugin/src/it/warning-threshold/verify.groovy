import groovy.json.JsonSlurper

// Invocation 1 (default threshold ERROR) must have passed and invocation 2 (WARNING) failed: invoker.properties
// enforces both results; build.log holds the last invocation.
def expected = new File(itStores, 'expected-code.txt').text.trim()
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("[WARNING] ${expected} ") : "re-classified findings are logged as warnings"
assert log.contains('at or above warning')

def json = new JsonSlurper().parse(new File(basedir, 'target/maskgate/maskgate-report.json'))
assert json.summary.errors == 0
assert json.summary.warnings > 0
