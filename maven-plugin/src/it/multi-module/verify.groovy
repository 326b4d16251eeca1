def log = new File(basedir, 'build.log').text
assert log.contains('Cleave: runs once for the whole build, in module billing')
assert log.contains('Cleave check passed: 0 new violation(s)')
assert log.findAll('Cleave check passed').size() == 1
def cleave = new File(basedir, 'target/cleave')
assert new File(cleave, 'cleave-report.html').isFile() : 'reports go to the aggregator target/cleave'
assert !new File(basedir, 'billing/target/cleave').exists()
def html = new File(cleave, 'cleave-report.html').text
assert html.contains('data-service="orders"') && html.contains('data-service="billing"')
// the project's compile classpath, from every module, was given to the analysis
def graph = new File(cleave, 'graph.json').text
assert graph.contains('jackson-annotations-2.19.2.jar')
assert graph.contains('"id" : "shop.orders.OrderService"') && graph.contains('"id" : "shop.billing.Billing"')
assert !graph.contains('orders-1.0.jar') : 'reactor modules are analyzed from their sources, not put on the classpath'
assert graph =~ /"from" : "shop.billing.Billing",\s*"kind" : "call",\s*"operations" : \[\s*"place\(java.lang.String,long\)"\s*\],\s*"to" : "shop.orders.OrderService"/
