import groovy.json.JsonSlurper

def expected = new File(itStores, 'expected-code.txt').text.trim()
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains("[ERROR] ${expected} ") : "findings are still logged at their level"

def json = new JsonSlurper().parse(new File(basedir, 'target/maskgate/maskgate-report.json'))
assert json.summary.byCode[expected] >= 1
