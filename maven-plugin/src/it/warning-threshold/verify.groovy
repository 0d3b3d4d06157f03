import groovy.json.JsonSlurper

// invoker.properties enforces the results (1 passes at ERROR, 2 fails at WARNING); build.log holds both runs.
def expected = new File(itStores, 'expected-code.txt').text.trim()
def log = new File(basedir, 'build.log').text
def first = log.indexOf('passed: 0 findings at or above error')
def failure = log.indexOf('BUILD FAILURE')
assert first >= 0 && failure > first : "invocation 1 passes, invocation 2 fails"
assert log.contains("[WARNING] ${expected} ") : "re-classified findings are logged as warnings"
assert log.contains('at or above warning')

def json = new JsonSlurper().parse(new File(basedir, 'target/maskgate/maskgate-report.json'))
assert json.summary.errors == 0
assert json.summary.warnings > 0
