/**
 * The handler `faas-cli new --lang python3-http` generates (openfaas/python-flask-template
 * template/python3-http/function/handler.py, described, not copied): a fixed greeting. Python labs
 * start from it.
 */
export const PYTHON_TEMPLATE_STARTER = `def handle(event, context):
    return {
        "statusCode": 200,
        "body": "Hello from OpenFaaS!"
    }
`;
