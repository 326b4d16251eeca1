def cleave = new File(basedir, 'target/cleave')
def log = new File(basedir, 'build.log').text
assert new File(cleave, 'graph.json').text.contains('"id" : "shop.orders.OrderService"')
def plan = new File(cleave, 'plan.json').text
assert plan.contains('"shop.billing.BillingService"') && plan.contains('"shop.orders.Order"')
assert log.contains('using ' + new File(cleave, 'graph.json').path + ' from this build')
def generated = new File(cleave, 'generated')
assert new File(generated, 'pom.xml').isFile()
assert new File(generated, '.cleave-generated').exists()
assert log.contains('Cleave: generated 2 services into')
