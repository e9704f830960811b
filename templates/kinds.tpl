{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/">Layanan</a></li><li><a href="/layanan/{{id}}">{{name}}</a></li><li>Ajukan</li></ul></nav>
<h1>{{name}}</h1>
<p>Pilih jenis permohonan:</p>
<ul class="kinds">
{{#kinds}}<li><a href="/layanan/{{service_id}}/ajukan?jenis={{id}}" role="button" class="outline">{{name}}</a><br><small>{{description}}</small></li>
{{/kinds}}
</ul>
