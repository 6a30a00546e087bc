using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clst.Analyzers.Recognition
{
    /// <summary>The HTTP method and order route a method sends, as its code carries them.</summary>
    internal readonly struct RouteFact
    {
        public RouteFact(HttpVerb verb, OrderRouteKind route)
        {
            Verb = verb;
            Route = route;
        }

        public HttpVerb Verb { get; }

        public OrderRouteKind Route { get; }

        public bool IsKnown => Verb != HttpVerb.None && Route != OrderRouteKind.None;
    }

    /// <summary>
    /// Reads the route of a method from the code's own evidence, in this order: an HTTP attribute on the method with its
    /// template (Refit's <c>[Delete("/v1/accounts/{account_id}/orders/{order_id}")]</c>, any attribute named for a verb);
    /// Kiota's request builder (the URL template its constructor hands <c>BaseRequestBuilder</c>, the verb its method name
    /// starts with); and, for a method in source, its body: the verb (<c>new HttpMethod("DELETE")</c>,
    /// <c>HttpMethod.Delete</c>, <c>client.DeleteAsync(…)</c>) and the URL (NSwag's <c>urlBuilder_.Append(…)</c> sequence,
    /// an interpolated string, a literal), following one delegation to an overload of the same name.
    /// Metadata-only methods have no body to read: there the attributes and Kiota's shape are the evidence.
    /// </summary>
    internal static class RouteEvidence
    {
        public static RouteFact Read(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var fromAttribute = FromAttributes(method);
            if (fromAttribute.IsKnown)
            {
                return fromAttribute;
            }

            var fromKiota = FromKiotaBuilder(method, cancellationToken);
            if (fromKiota.IsKnown)
            {
                return fromKiota;
            }

            return FromBody(method, depth: 0, cancellationToken);
        }

        private static RouteFact FromAttributes(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                var verb = OrderRoute.VerbOfName(attribute.AttributeClass?.Name);
                if (verb == HttpVerb.None)
                {
                    continue;
                }

                foreach (var argument in attribute.ConstructorArguments)
                {
                    if (argument.Kind == TypedConstantKind.Primitive && argument.Value is string template)
                    {
                        return new RouteFact(verb, OrderRoute.Classify(template));
                    }
                }
            }

            return default;
        }

        /// <summary>
        /// Kiota: a method of a request builder (a class deriving from <c>BaseRequestBuilder</c>, or named <c>…RequestBuilder</c>), whose name starts with its verb
        /// (<c>DeleteAsync</c>, <c>DeleteAsWithOrder_DeleteResponseAsync</c>); the route is the URL template the builder's
        /// constructor passes to its base (source), else the namespace Kiota derives from the path (metadata).
        /// </summary>
        private static RouteFact FromKiotaBuilder(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var type = method.ContainingType;
            if (type == null || !(DerivesFrom(type, "BaseRequestBuilder") || type.Name.EndsWith("RequestBuilder", StringComparison.Ordinal)))
            {
                return default;
            }

            var verb = method.Name.StartsWith("Delete", StringComparison.Ordinal) ? HttpVerb.Delete
                : method.Name.StartsWith("Get", StringComparison.Ordinal) ? HttpVerb.Get
                : HttpVerb.None;
            if (verb == HttpVerb.None)
            {
                return default;
            }

            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is ConstructorDeclarationSyntax { Initializer: { } initializer })
                    {
                        foreach (var argument in initializer.ArgumentList.Arguments)
                        {
                            if (argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                            {
                                var route = OrderRoute.Classify(literal.Token.ValueText);
                                if (route != OrderRouteKind.None)
                                {
                                    return new RouteFact(verb, route);
                                }
                            }
                        }
                    }
                }
            }

            // Kiota places the builder of /v1/accounts/{account_id}/orders/{order_id} in ….V1.Accounts.Item.Orders.Item.
            var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (ns.IndexOf(".Accounts.Item.", StringComparison.Ordinal) >= 0)
            {
                if (ns.EndsWith(".Orders.Item", StringComparison.Ordinal))
                {
                    return new RouteFact(verb, OrderRouteKind.Order);
                }

                if (ns.EndsWith(".Orders", StringComparison.Ordinal))
                {
                    return new RouteFact(verb, OrderRouteKind.Orders);
                }
            }

            return default;
        }

        private static RouteFact FromBody(IMethodSymbol method, int depth, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var body = reference.GetSyntax(cancellationToken) switch
                {
                    MethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
                    LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
                    _ => null,
                };
                if (body == null)
                {
                    continue;
                }

                var verb = HttpVerb.None;
                var route = OrderRouteKind.None;
                var appended = new StringBuilder();
                bool delegates = false;
                foreach (var node in body.DescendantNodes())
                {
                    switch (node)
                    {
                        case ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } creation
                            when NameOf(creation.Type) == "HttpMethod":
                            if (arguments[0].Expression is LiteralExpressionSyntax verbText && verbText.IsKind(SyntaxKind.StringLiteralExpression))
                            {
                                verb = Prefer(verb, OrderRoute.VerbOfName(verbText.Token.ValueText));
                            }

                            break;
                        case MemberAccessExpressionSyntax access when NameOf(access.Expression) == "HttpMethod":
                            verb = Prefer(verb, OrderRoute.VerbOfName(access.Name.Identifier.ValueText));
                            break;
                        case InvocationExpressionSyntax invocation:
                            var name = invocation.Expression switch
                            {
                                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                                _ => null,
                            };
                            if (name == "Append" && invocation.ArgumentList.Arguments.Count == 1)
                            {
                                AppendPiece(appended, invocation.ArgumentList.Arguments[0].Expression);
                            }
                            else if (name == method.Name)
                            {
                                delegates = true;
                            }
                            else if (name != null && HttpClientVerb(name) is var clientVerb && clientVerb != HttpVerb.None)
                            {
                                verb = Prefer(verb, clientVerb);
                            }

                            break;
                        case InterpolatedStringExpressionSyntax interpolated:
                            route = Prefer(route, OrderRoute.Classify(TextOf(interpolated)));
                            break;
                        case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                            route = Prefer(route, OrderRoute.Classify(literal.Token.ValueText));
                            break;
                    }
                }

                route = Prefer(route, OrderRoute.Classify(appended.ToString()));
                if (verb != HttpVerb.None && route != OrderRouteKind.None)
                {
                    return new RouteFact(verb, route);
                }

                if (delegates && depth == 0)
                {
                    foreach (var overload in method.ContainingType.GetMembers(method.Name))
                    {
                        if (overload is IMethodSymbol other && !SymbolEqualityComparer.Default.Equals(other, method)
                            && FromBody(other, depth + 1, cancellationToken) is { IsKnown: true } fact)
                        {
                            return fact;
                        }
                    }
                }
            }

            return default;
        }

        /// <summary>The verbs of <c>HttpClient</c>'s helpers (<c>DeleteAsync</c>, <c>GetFromJsonAsync</c>, …).</summary>
        private static HttpVerb HttpClientVerb(string name) => name switch
        {
            "DeleteAsync" or "DeleteFromJsonAsync" => HttpVerb.Delete,
            "GetAsync" or "GetFromJsonAsync" or "GetStringAsync" or "GetStreamAsync" or "GetByteArrayAsync" => HttpVerb.Get,
            "PostAsync" or "PostAsJsonAsync" or "PutAsync" or "PutAsJsonAsync" or "PatchAsync" or "PatchAsJsonAsync" => HttpVerb.Other,
            _ => HttpVerb.None,
        };

        /// <summary>One piece of a URL builder: literal text as it is, anything else a hole.</summary>
        private static void AppendPiece(StringBuilder builder, ExpressionSyntax expression)
        {
            if (expression is LiteralExpressionSyntax literal
                && (literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.CharacterLiteralExpression)))
            {
                builder.Append(literal.Token.ValueText);
            }
            else
            {
                builder.Append("{}");
            }
        }

        private static string TextOf(InterpolatedStringExpressionSyntax interpolated)
        {
            var builder = new StringBuilder();
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax text)
                {
                    builder.Append(text.TextToken.ValueText);
                }
                else
                {
                    builder.Append("{}");
                }
            }

            return builder.ToString();
        }

        /// <summary>The first definite answer wins; a second, different one makes the method ambiguous (<see cref="HttpVerb.Other"/>).</summary>
        private static HttpVerb Prefer(HttpVerb seen, HttpVerb next)
            => seen == HttpVerb.None || seen == next ? next == HttpVerb.None ? seen : next : next == HttpVerb.None ? seen : HttpVerb.Other;

        private static OrderRouteKind Prefer(OrderRouteKind seen, OrderRouteKind next)
            => seen == OrderRouteKind.None ? next : seen;

        private static string? NameOf(SyntaxNode? node) => node switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };

        private static bool DerivesFrom(INamedTypeSymbol type, string baseName)
        {
            for (var current = type.BaseType; current != null; current = current.BaseType)
            {
                if (current.Name == baseName)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
